<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutBoxes</name>
    <message>
        <source>Id %1, version %2, status %3.</source>
        <translation>Id %1, versie %2, status %3.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Vingerafdruk (SHA-256): %1</translation>
    </message>
    <message>
        <source>About the rules in use</source>
        <translation>Over de regels in gebruik</translation>
    </message>
    <message>
        <source>About Deelwijzer</source>
        <translation>Over Deelwijzer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deelwijzer %1&lt;/h3&gt;&lt;p&gt;Helps professionals decide whether, how and on which legal ground they may share personal data in a case of human trafficking.&lt;/p&gt;&lt;p&gt;Deelwijzer works entirely on this computer: it never goes online and stores your files readable by you alone. The advice supports your professional judgement; it does not replace it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deelwijzer %1&lt;/h3&gt;&lt;p&gt;Helpt professionals bepalen of, hoe en op welke grondslag zij persoonsgegevens mogen delen bij mensenhandel.&lt;/p&gt;&lt;p&gt;Deelwijzer werkt helemaal op deze computer: het gaat nooit online en bewaart uw bestanden zo dat alleen u ze kunt lezen. Het advies ondersteunt uw professionele oordeel; het vervangt dat niet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnswerChangeNotice</name>
    <message>
        <source>‘%1’</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>Your answer to %1 was given for your earlier answer to %2, which you changed; it must be asked again for the new one.</source>
        <translation>Uw antwoord op %1 gold voor uw eerdere antwoord op %2, dat u hebt gewijzigd; het moet opnieuw worden gevraagd voor het nieuwe.</translation>
    </message>
    <message>
        <source>You changed your answer to %1.</source>
        <translation>U hebt uw antwoord op %1 gewijzigd.</translation>
    </message>
    <message>
        <source>Kept, because they still apply: %1.</source>
        <translation>Bewaard, omdat ze nog gelden: %1.</translation>
    </message>
    <message>
        <source>No longer asked on this route (kept in case you change back): %1.</source>
        <translation>Niet meer gevraagd op deze route (bewaard voor als u terugkeert): %1.</translation>
    </message>
    <message>
        <source>Every question on the route is answered: check the answers below, then open the advice.</source>
        <translation>Alle vragen op de route zijn beantwoord: controleer hieronder de antwoorden en open dan het advies.</translation>
    </message>
    <message>
        <source>Your saved answer to %1 was given for other answers to %2 than the ones saved now; it no longer holds and is asked again.</source>
        <translation>Uw bewaarde antwoord op %1 gold voor andere antwoorden op %2 dan de nu bewaarde; het geldt niet meer en wordt opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>Your answer to %1 was given for your earlier answer to this question; it must be asked again for the new one.</source>
        <translation>Uw antwoord op %1 gold voor uw eerdere antwoord op deze vraag; het moet opnieuw worden gevraagd voor het nieuwe.</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>a case file</source>
        <translation>een casusbestand</translation>
    </message>
    <message>
        <source>the case file</source>
        <translation>het casusbestand</translation>
    </message>
    <message>
        <source>unsupported case-file format &apos;%1&apos; (this version reads format %2)</source>
        <translation>niet-ondersteunde casusbestandsversie &apos;%1&apos; (deze versie leest versie %2)</translation>
    </message>
    <message>
        <source>&apos;sha256&apos; must be 64 lowercase hexadecimal digits</source>
        <translation>&apos;sha256&apos; moet bestaan uit 64 hexadecimale cijfers in kleine letters</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>vraag-id</translation>
    </message>
    <message>
        <source>answer id</source>
        <translation>antwoord-id</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; must be an answer id or a list of answer ids</source>
        <translation>het antwoord op &apos;%1&apos; moet een antwoord-id of een lijst van antwoord-id&apos;s zijn</translation>
    </message>
    <message>
        <source>&apos;saved&apos; must be a date and time like 2026-11-28T14:05:00Z</source>
        <translation>&apos;saved&apos; moet een datum en tijd zijn zoals 2026-11-28T14:05:00Z</translation>
    </message>
    <message>
        <source>a text or a text per language</source>
        <translation>een tekst of een tekst per taal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code like nl or en</source>
        <translation>&apos;%1&apos; is geen taalcode zoals nl of en</translation>
    </message>
    <message>
        <source>invalid verdict &apos;%1&apos;; use one of: %2</source>
        <translation>ongeldig oordeel &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <source>cannot read the case file: %1</source>
        <translation>kan het casusbestand niet lezen: %1</translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos;; use one of: %2</source>
        <translation>onbekend oordeel &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Art. %1</source>
        <translation>art. %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>paragraph</comment>
        <translation> lid %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>point</comment>
        <translation> onder %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>subpoint</comment>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>law, provision</comment>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use the rule set in folder &lt;dir&gt; instead of the built-in one.</source>
        <translation>De regelset in map &lt;dir&gt; gebruiken in plaats van de ingebouwde.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>geen opdracht gegeven</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deelwijzer-cli: the rule set in &apos;%1&apos; is invalid (errors: %2)</source>
        <translation>deelwijzer-cli: de regelset in &apos;%1&apos; is ongeldig (fouten: %2)</translation>
    </message>
    <message>
        <source>Treat warnings as failures.</source>
        <translation>Waarschuwingen als fouten behandelen.</translation>
    </message>
    <message>
        <source>check takes no file names; use --rules DIR</source>
        <translation>check neemt geen bestandsnamen; gebruik --rules MAP</translation>
    </message>
    <message>
        <source>%1: invalid; errors: %2, warnings: %3</source>
        <translation>%1: ongeldig; fouten: %2, waarschuwingen: %3</translation>
    </message>
    <message>
        <source>%1: rule set &apos;%2&apos; version %3 (%4): %5 questions, %6 decisions, %7 outcomes, %8 grounds, %9 glossary terms</source>
        <translation>%1: regelset &apos;%2&apos; versie %3 (%4): %5 vragen, %6 beslissingen, %7 uitkomsten, %8 grondslagen, %9 begrippen</translation>
    </message>
    <message>
        <source>cases checked: %1; errors: %2, warnings: %3</source>
        <translation>casussen gecontroleerd: %1; fouten: %2, waarschuwingen: %3</translation>
    </message>
    <message>
        <source>fingerprint: %1</source>
        <translation>vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Print the advice as one JSON object.</source>
        <translation>Het advies afdrukken als één JSON-object.</translation>
    </message>
    <message>
        <source>Language of the advice: nl (default) or en.</source>
        <translation>Taal van het advies: nl (standaard) of en.</translation>
    </message>
    <message>
        <source>run takes exactly one case file</source>
        <translation>run neemt precies één casusbestand</translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &apos;%1&apos;</source>
        <translation>--lang moet nl of en zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the case does not answer enough questions; next question: %2</source>
        <translation>%1: de casus beantwoordt te weinig vragen; volgende vraag: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write the report to &lt;file&gt; (.pdf, .odt or .html).</source>
        <translation>Het rapport schrijven naar &lt;file&gt; (.pdf, .odt of .html).</translation>
    </message>
    <message>
        <source>Language of the report: nl (default), en or both.</source>
        <translation>Taal van het rapport: nl (standaard), en of both.</translation>
    </message>
    <message>
        <source>A case reference to print (no personal data).</source>
        <translation>Een zaakkenmerk om af te drukken (geen persoonsgegevens).</translation>
    </message>
    <message>
        <source>report takes exactly one case file</source>
        <translation>report neemt precies één casusbestand</translation>
    </message>
    <message>
        <source>report needs -o OUT.pdf, OUT.odt or OUT.html</source>
        <translation>report heeft -o UIT.pdf, UIT.odt of UIT.html nodig</translation>
    </message>
    <message>
        <source>--lang must be nl, en or both, not &apos;%1&apos;</source>
        <translation>--lang moet nl, en of both zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrote %1 (verification code %2)</source>
        <translation>%1 geschreven (controlecode %2)</translation>
    </message>
    <message>
        <source>verify takes a case file and a code</source>
        <translation>verify neemt een casusbestand en een code</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid verification code: check it for a typo (the form is XXXX-XXXX-XXXX)</source>
        <translation>&apos;%1&apos; is geen geldige controlecode: controleer hem op een tikfout (de vorm is XXXX-XXXX-XXXX)</translation>
    </message>
    <message>
        <source>OK: code %1 belongs to this case under rule set &apos;%2&apos; version %3: &quot;%4&quot; (outcome %5).</source>
        <translation>OK: code %1 hoort bij deze casus onder regelset &apos;%2&apos; versie %3: &quot;%4&quot; (uitkomst %5).</translation>
    </message>
    <message>
        <source>The code %1 belongs to this case under the rules it was saved with (version %2, fingerprint %3…), but the rules have changed since. Under the current rules (version %4) the advice is &quot;%5&quot; with code %6.</source>
        <translation>De code %1 hoort bij deze casus onder de regels waarmee hij werd opgeslagen (versie %2, vingerafdruk %3…), maar de regels zijn sindsdien veranderd. Onder de huidige regels (versie %4) is het advies &quot;%5&quot; met code %6.</translation>
    </message>
    <message>
        <source>MISMATCH: code %1 does not belong to this case under rule set &apos;%2&apos; version %3 (its code is %4).</source>
        <translation>GEEN MATCH: code %1 hoort niet bij deze casus onder regelset &apos;%2&apos; versie %3 (de code is %4).</translation>
    </message>
    <message>
        <source>Note: the rules have changed since this case was saved (version %1 then, %2 now).</source>
        <translation>Let op: de regels zijn veranderd sinds deze casus werd opgeslagen (toen versie %1, nu %2).</translation>
    </message>
    <message>
        <source>Fail unless at least &lt;pct&gt; percent of the outcomes are reached.</source>
        <translation>Mislukt tenzij ten minste &lt;pct&gt; procent van de uitkomsten wordt bereikt.</translation>
    </message>
    <message>
        <source>--min-coverage takes a percentage from 0 to 100</source>
        <translation>--min-coverage vraagt een percentage van 0 tot 100</translation>
    </message>
    <message>
        <source>no case files given and none in &apos;%1&apos;</source>
        <translation>geen casusbestanden opgegeven en geen in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>does not answer enough questions; next question: %1</source>
        <translation>beantwoordt te weinig vragen; volgende vraag: %1</translation>
    </message>
    <message>
        <source>verdict is %1, expected %2</source>
        <translation>oordeel is %1, verwacht %2</translation>
    </message>
    <message>
        <source>outcome is %1, expected %2</source>
        <translation>uitkomst is %1, verwacht %2</translation>
    </message>
    <message>
        <source>ground %1 missing (advice cites: %2)</source>
        <translation>grondslag %1 ontbreekt (advies noemt: %2)</translation>
    </message>
    <message>
        <source>condition %1 missing</source>
        <translation>voorwaarde %1 ontbreekt</translation>
    </message>
    <message>
        <source>route is [%1], expected [%2]</source>
        <translation>route is [%1], verwacht [%2]</translation>
    </message>
    <message>
        <source>has no &apos;expect&apos; block</source>
        <translation>heeft geen &apos;expect&apos;-blok</translation>
    </message>
    <message>
        <source>outcome coverage: %1 of %2 outcomes reached (%3%)</source>
        <translation>dekking van uitkomsten: %1 van %2 uitkomsten bereikt (%3%)</translation>
    </message>
    <message>
        <source>not reached by any case: %1</source>
        <translation>door geen enkele casus bereikt: %1</translation>
    </message>
    <message>
        <source>cases: %1 passed, %2 failed</source>
        <translation>casussen: %1 geslaagd, %2 mislukt</translation>
    </message>
    <message>
        <source>outcome coverage %1% is below the required %2%</source>
        <translation>dekking van uitkomsten %1% ligt onder de vereiste %2%</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Usage: deelwijzer-cli %1 [options] %2</source>
        <translation>Gebruik: deelwijzer-cli %1 [opties] %2</translation>
    </message>
    <message>
        <source>deelwijzer-cli: warning: the case reference printed on the report: %1</source>
        <translation>deelwijzer-cli: waarschuwing: de zaakreferentie die op het advies komt: %1</translation>
    </message>
    <message>
        <source>deelwijzer-cli: the report was not written: %1</source>
        <translation>deelwijzer-cli: het advies is niet geschreven: %1</translation>
    </message>
    <message>
        <source>Language of the answer: nl (default) or en.</source>
        <translation>Taal van het antwoord: nl (standaard) of en.</translation>
    </message>
    <message>
        <source>The code belongs to the same case with one answer changed: to &quot;%1&quot; this case answers &quot;%2&quot;, the code was made with &quot;%3&quot; (advice: &quot;%4&quot;).</source>
        <translation>De code hoort bij dezelfde casus met één ander antwoord: op &quot;%1&quot; antwoordt deze casus &quot;%2&quot;, de code is gemaakt met &quot;%3&quot; (advies: &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>No single changed answer gives this code: it belongs to another case, or more than one answer differs.</source>
        <translation>Geen enkel ander antwoord geeft deze code: hij hoort bij een andere casus, of er verschilt meer dan één antwoord.</translation>
    </message>
    <message>
        <source>the output must end in %1, not &apos;%2&apos;</source>
        <translation>de uitvoer moet eindigen op %1, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Also replay the case files and saved advices in folder &lt;dir&gt; (may be given more than once).</source>
        <translation>Ook de casusbestanden en opgeslagen adviezen in map &lt;dir&gt; opnieuw doorlopen (mag vaker gegeven worden).</translation>
    </message>
    <message>
        <source>Print the changes and the replayed cases as one JSON object.</source>
        <translation>De wijzigingen en de opnieuw doorlopen casussen als één JSON-object tonen.</translation>
    </message>
    <message>
        <source>Language of the output: nl (default) or en.</source>
        <translation>Taal van de uitvoer: nl (standaard) of en.</translation>
    </message>
    <message>
        <source>diff takes two rule-set folders: the old one and the new one</source>
        <translation>diff neemt twee regelsetmappen: de oude en de nieuwe</translation>
    </message>
    <message>
        <source>deelwijzer-cli: &apos;%1&apos; is not a folder</source>
        <translation>deelwijzer-cli: &apos;%1&apos; is geen map</translation>
    </message>
    <message>
        <source>Write the review book to &lt;file&gt; (.pdf or .html).</source>
        <translation>Schrijf het beoordelingsboek naar &lt;file&gt; (.pdf of .html).</translation>
    </message>
    <message>
        <source>Language of the book: nl (default), en or both.</source>
        <translation>Taal van het boek: nl (standaard), en of both (beide).</translation>
    </message>
    <message>
        <source>book takes no file names; use --rules DIR and -o BOOK.pdf</source>
        <translation>book neemt geen bestandsnamen; gebruik --rules MAP en -o BOEK.pdf</translation>
    </message>
    <message>
        <source>book needs -o BOOK.pdf or BOOK.html</source>
        <translation>book heeft -o BOEK.pdf of BOEK.html nodig</translation>
    </message>
    <message>
        <source>the book must end in .pdf or .html, not &apos;%1&apos;</source>
        <translation>het boek moet eindigen op .pdf of .html, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deelwijzer-cli: the review book was not written: %1</source>
        <translation>deelwijzer-cli: het beoordelingsboek is niet geschreven: %1</translation>
    </message>
    <message>
        <source>wrote %1 (rule set &apos;%2&apos; version %3, fingerprint %4)</source>
        <translation>%1 geschreven (regelset &apos;%2&apos; versie %3, vingerafdruk %4)</translation>
    </message>
    <message>
        <source>Usage:
  deelwijzer-cli check [--rules DIR] [--strict]               validate a rule set and its cases
  deelwijzer-cli run CASE.yaml [--json] [--lang nl|en]        evaluate a case; print the advice
  deelwijzer-cli report CASE.yaml -o OUT.pdf|.odt|.html [--lang nl|en|both]
  deelwijzer-cli verify CASE.yaml CODE [--lang nl|en]        does this case give the advice with CODE?
  deelwijzer-cli test [--rules DIR] [--min-coverage PCT] [CASES...]
                                                               run the expect blocks of case files
  deelwijzer-cli diff OLD_DIR NEW_DIR [--cases DIR]... [--json] [--lang nl|en]
                                                               what changed, and which advices it alters
  deelwijzer-cli book [--rules DIR] [--since OLD_DIR] -o BOOK.pdf|.html [--lang nl|en|both]
                                                               the whole rule set for legal review
  deelwijzer-cli --version | --help

Every command takes --rules DIR to use another rule set than the built-in one.
Every command explains itself with --help (deelwijzer-cli run --help).
Exit codes: 0 success, 1 a check or expectation failed, 2 usage error,
3 the case does not answer enough questions, 4 unreadable or invalid input,
5 the report could not be written. diff exits 0 when no advice changed, 1 when some did.
</source>
        <translation>Gebruik:
  deelwijzer-cli check [--rules MAP] [--strict]               een regelset en zijn casussen controleren
  deelwijzer-cli run CASUS.yaml [--json] [--lang nl|en]       een casus doorlopen; het advies tonen
  deelwijzer-cli report CASUS.yaml -o UIT.pdf|.odt|.html [--lang nl|en|both]
  deelwijzer-cli verify CASUS.yaml CODE [--lang nl|en]        geeft deze casus het advies met CODE?
  deelwijzer-cli test [--rules MAP] [--min-coverage PCT] [CASUSSEN...]
                                                               de expect-blokken van casusbestanden uitvoeren
  deelwijzer-cli diff OUDE_MAP NIEUWE_MAP [--cases MAP]... [--json] [--lang nl|en]
                                                               wat er veranderde, en welke adviezen dat wijzigt
  deelwijzer-cli book [--rules MAP] [--since OUDE_MAP] -o BOEK.pdf|.html [--lang nl|en|both]
                                                               de hele regelset voor juridische beoordeling
  deelwijzer-cli --version | --help

Elke opdracht neemt --rules MAP om een andere regelset dan de ingebouwde te gebruiken.
Elke opdracht legt zichzelf uit met --help (deelwijzer-cli run --help).
Afsluitcodes: 0 gelukt, 1 een controle of verwachting mislukte, 2 verkeerd gebruik,
3 de casus beantwoordt te weinig vragen, 4 onleesbare of ongeldige invoer,
5 het advies kon niet worden geschreven. diff sluit af met 0 als geen advies veranderde, 1 als er een veranderde.
</translation>
    </message>
    <message>
        <source>Mark what changed since the earlier rule set in folder &lt;dir&gt;.</source>
        <translation>Markeren wat er veranderde sinds de eerdere regelset in map &lt;dir&gt;.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
</context>
<context>
    <name>DiffWriter</name>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslispunt</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>law</source>
        <translation>wet</translation>
    </message>
    <message>
        <source>legal ground</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <source>glossary term</source>
        <translation>begrip</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>voorwaarde</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>vervolgstap</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>toegevoegd: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>verwijderd: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>gewijzigd: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>before:</source>
        <translation>vóór:</translation>
    </message>
    <message>
        <source>after: </source>
        <translation>na:  </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (outcome %2)</source>
        <translation>&quot;%1&quot; (uitkomst %2)</translation>
    </message>
    <message>
        <source>grounds: %1</source>
        <translation>grondslagen: %1</translation>
    </message>
    <message>
        <source>no advice: question &apos;%1&apos; is unanswered</source>
        <translation>geen advies: vraag &apos;%1&apos; is niet beantwoord</translation>
    </message>
    <message>
        <source>no advice: %1</source>
        <translation>geen advies: %1</translation>
    </message>
    <message>
        <source>Old rules: %1 version %2 (fingerprint %3…)</source>
        <translation>Oude regels: %1 versie %2 (vingerafdruk %3…)</translation>
    </message>
    <message>
        <source>New rules: %1 version %2 (fingerprint %3…)</source>
        <translation>Nieuwe regels: %1 versie %2 (vingerafdruk %3…)</translation>
    </message>
    <message>
        <source>The rules have the same content.</source>
        <translation>De regels hebben dezelfde inhoud.</translation>
    </message>
    <message>
        <source>Changes to the rules: %1</source>
        <translation>Wijzigingen in de regels: %1</translation>
    </message>
    <message>
        <source>Cases replayed: %1; advice changed: %2</source>
        <translation>Casussen opnieuw doorlopen: %1; advies gewijzigd: %2</translation>
    </message>
    <message>
        <source>grounds added: %1</source>
        <translation>grondslagen erbij: %1</translation>
    </message>
    <message>
        <source>grounds removed: %1</source>
        <translation>grondslagen vervallen: %1</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>no answer given</source>
        <translation>geen antwoord gegeven</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; takes one answer, not %2</source>
        <translation>vraag &apos;%1&apos; heeft één antwoord, niet %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer to &apos;%2&apos; (answers: %3)</source>
        <translation>&apos;%1&apos; is geen antwoord op &apos;%2&apos; (antwoorden: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice</source>
        <translation>&apos;%1&apos; is twee keer gegeven</translation>
    </message>
    <message>
        <source>an exclusive answer of &apos;%1&apos; cannot be combined with others</source>
        <translation>een uitsluitend antwoord op &apos;%1&apos; kan niet samen met andere worden gegeven</translation>
    </message>
    <message>
        <source>the rules lead to &apos;%1&apos;, which does not exist</source>
        <translation>de regels leiden naar &apos;%1&apos;, dat niet bestaat</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Uitkomst: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>You answered ‘%1’: %2.</source>
        <translation>U antwoordde op ‘%1’: %2.</translation>
    </message>
    <message>
        <source>not: %1</source>
        <translation>niet: %1</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ is %2</source>
        <translation>het antwoord op ‘%1’ is %2</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ includes %2</source>
        <translation>bij ‘%1’ is gekozen: %2</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ is not %2</source>
        <translation>het antwoord op ‘%1’ is niet %2</translation>
    </message>
    <message>
        <source>None of the special cases at this step applied.</source>
        <translation>Geen van de bijzondere gevallen bij deze stap was van toepassing.</translation>
    </message>
    <message>
        <source>Because %1.</source>
        <translation>Omdat %1.</translation>
    </message>
</context>
<context>
    <name>GroundProof</name>
    <message>
        <source>ground &apos;%1&apos; is cited but has no role (one of %2)</source>
        <translation>grondslag &apos;%1&apos; wordt aangehaald maar heeft geen rol (een van %2)</translation>
    </message>
    <message>
        <source>ground &apos;%1&apos; has no &apos;words&apos;: quote the deciding words of the provision</source>
        <translation>grondslag &apos;%1&apos; heeft geen &apos;words&apos;: citeer de beslissende woorden van de bepaling</translation>
    </message>
    <message>
        <source>the words of ground &apos;%1&apos; are %2 characters long; quote the deciding words (at most %3), not the whole article</source>
        <translation>de woorden van grondslag &apos;%1&apos; zijn %2 tekens lang; citeer de beslissende woorden (hooguit %3), niet het hele artikel</translation>
    </message>
    <message>
        <source>ground &apos;%1&apos; has no &apos;text_date&apos;: the date of the consolidated text its words were read from</source>
        <translation>grondslag &apos;%1&apos; heeft geen &apos;text_date&apos;: de datum van de geconsolideerde tekst waaruit de woorden komen</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; says &apos;%2&apos;, but no ground in the role &apos;basis&apos; applies on every route to it</source>
        <translation>uitkomst &apos;%1&apos; zegt &apos;%2&apos;, maar niet op elke route ernaartoe geldt een grondslag in de rol &apos;basis&apos;</translation>
    </message>
    <message>
        <source>special-category data</source>
        <translation>bijzondere persoonsgegevens</translation>
    </message>
    <message>
        <source>criminal-offence data</source>
        <translation>strafrechtelijke gegevens</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; can be reached with answer &apos;%2&apos; to &apos;%3&apos; (%4), but no ground in the role &apos;exception&apos; applies whenever it is chosen</source>
        <translation>uitkomst &apos;%1&apos; is bereikbaar met antwoord &apos;%2&apos; op &apos;%3&apos; (%4), maar geen grondslag in de rol &apos;exception&apos; geldt telkens als dat antwoord is gekozen</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; can be reached with answer &apos;%2&apos; to &apos;%3&apos; (bound by secrecy), but no ground in the role &apos;lifts_secrecy&apos; applies whenever it is chosen</source>
        <translation>uitkomst &apos;%1&apos; is bereikbaar met antwoord &apos;%2&apos; op &apos;%3&apos; (geheimhoudingsplicht), maar geen grondslag in de rol &apos;lifts_secrecy&apos; geldt telkens als dat antwoord is gekozen</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <source>Training case %1</source>
        <translation>Oefencasus %1</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>Oefencasus</translation>
    </message>
    <message>
        <source>The model answer follows: the advice Deelwijzer gives for this case.</source>
        <translation>Hierna volgt het modelantwoord: het advies dat Deelwijzer voor deze casus geeft.</translation>
    </message>
    <message>
        <source>The model answer explained</source>
        <translation>Het modelantwoord toegelicht</translation>
    </message>
    <message>
        <source>This case has no model answer.</source>
        <translation>Deze casus heeft geen modelantwoord.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Training handout %1</source>
        <translation>Hand-out oefencasus %1</translation>
    </message>
    <message>
        <source>Print preview of the handout</source>
        <translation>Afdrukvoorbeeld van de hand-out</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>The handout could not be drawn: %1</source>
        <translation>De hand-out kon niet worden opgemaakt: %1</translation>
    </message>
</context>
<context>
    <name>OdtExporter</name>
    <message>
        <source>the OpenDocument file could not be written</source>
        <translation>het OpenDocument-bestand kon niet worden geschreven</translation>
    </message>
</context>
<context>
    <name>PersonalDataDetector</name>
    <message>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <source>a citizen service number (BSN)</source>
        <translation>een burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>een geboortedatum</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>This looks like %1. Do not enter personal data here: use your own case number instead.</source>
        <extracomment>%1 is a list such as &quot;a name, a phone number&quot;</extracomment>
        <translation>Dit lijkt op %1. Vul hier geen persoonsgegevens in: gebruik uw eigen zaaknummer.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>QuizReport</name>
    <message>
        <source>(not asked)</source>
        <translation>(niet gevraagd)</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Waarom dit telt:</translation>
    </message>
    <message>
        <source>This case has no complete model answer: %1</source>
        <translation>Deze casus heeft geen volledig modelantwoord: %1</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>Score: %1 van %2 punten (%3%)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Modelantwoord</translation>
    </message>
    <message>
        <source>Verdict you expected after reading</source>
        <translation>Oordeel dat u na het lezen verwachtte</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>geen keuze</translation>
    </message>
    <message>
        <source>Verdict your answers led to</source>
        <translation>Oordeel waar uw antwoorden toe leidden</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
    <message>
        <source>The model advice</source>
        <translation>Het modeladvies</translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation>Vraag voor vraag</translation>
    </message>
    <message>
        <source>You answered every question as the model answer does.</source>
        <translation>U beantwoordde elke vraag zoals het modelantwoord.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Different answer.</source>
        <translation>Ander antwoord.</translation>
    </message>
    <message>
        <source>Your route did not come to this question.</source>
        <translation>Uw route kwam niet bij deze vraag.</translation>
    </message>
    <message>
        <source>The model route does not ask this question.</source>
        <translation>De modelroute stelt deze vraag niet.</translation>
    </message>
    <message>
        <source>Legal grounds of the model answer you did not reach</source>
        <translation>Grondslagen van het modelantwoord die u niet bereikte</translation>
    </message>
    <message>
        <source>Legal grounds your route cited that the model answer does not</source>
        <translation>Grondslagen op uw route die het modelantwoord niet noemt</translation>
    </message>
    <message>
        <source>Scoring: %1 points for the verdict you expected, %2 for the verdict your answers led to, 1 for every question answered as in the model answer.</source>
        <translation>Puntentelling: %1 punten voor het oordeel dat u verwachtte, %2 voor het oordeel waar uw antwoorden toe leidden, 1 voor elke vraag die u beantwoordde zoals in het modelantwoord.</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Grondslagen</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export advice</source>
        <translation>Advies exporteren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch and English</source>
        <translation>Nederlands en Engels</translation>
    </message>
    <message>
        <source>Language of the advice:</source>
        <translation>Taal van het advies:</translation>
    </message>
    <message>
        <source>The file holds no personal data, except the case reference if you typed one. Store it where only you can read it.</source>
        <translation>Het bestand bevat geen persoonsgegevens, behalve het zaakkenmerk als u dat invulde. Bewaar het waar alleen u het kunt lezen.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Print preview of the advice</source>
        <translation>Afdrukvoorbeeld van het advies</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>The advice could not be drawn: %1</source>
        <translation>Het advies kon niet worden opgemaakt: %1</translation>
    </message>
    <message>
        <source>Print the advice</source>
        <translation>Het advies afdrukken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>The advice could not be printed: %1</source>
        <translation>Het advies kon niet worden afgedrukt: %1</translation>
    </message>
    <message>
        <source>The advice could not be saved.

%1</source>
        <translation>Het advies kon niet worden opgeslagen.

%1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Advice on sharing personal data</source>
        <translation>Advies over het delen van gegevens</translation>
    </message>
    <message>
        <source>Deelwijzer – advice</source>
        <translation>Deelwijzer – advies</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Zaakreferentie</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verificatiecode</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelset</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status of the rules</source>
        <translation>Status van de regels</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Record of your decision</source>
        <translation>Vastlegging van uw besluit</translation>
    </message>
    <message>
        <source>To be filled in by the professional; keep this sheet in the file.</source>
        <translation>In te vullen door de professional; bewaar dit blad in het dossier.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Legal ground relied on</source>
        <translation>Grondslag waarop u steunt</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Afweging</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Wat is gedeeld</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>When (date)</source>
        <translation>Wanneer (datum)</translation>
    </message>
    <message>
        <source>Decided by (name, role)</source>
        <translation>Besloten door (naam, functie)</translation>
    </message>
    <message>
        <source>Consulted with</source>
        <translation>Overlegd met</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>niet gedeeld</translation>
    </message>
    <message>
        <source>shared anonymised</source>
        <translation>geanonimiseerd gedeeld</translation>
    </message>
    <message>
        <source>other:</source>
        <translation>andere:</translation>
    </message>
    <message>
        <source>For each condition, write why it holds or how you meet it.</source>
        <translation>Schrijf bij elke voorwaarde waarom die geldt of hoe u eraan voldoet.</translation>
    </message>
    <message>
        <source>Deelwijzer helps you find the legal ground for sharing personal data. The advice supports your professional judgement and does not replace it: the decision remains yours. If you are in doubt, or your situation does not fit the questions well, consult your data protection officer (DPO) or a lawyer.</source>
        <translation>Deelwijzer helpt u de wettelijke grondslag te vinden voor het delen van gegevens. Het advies ondersteunt uw professionele afweging en vervangt die niet: u blijft zelf verantwoordelijk voor het besluit. Twijfelt u, of past uw situatie niet goed bij de vragen, overleg dan met uw functionaris gegevensbescherming (FG) of een jurist.</translation>
    </message>
    <message>
        <source>Terms used</source>
        <translation>Begrippen</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PDF (PDF/A, for the file and for printing)</source>
        <translation>PDF (PDF/A, voor het dossier en om af te drukken)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, to edit in a word processor)</source>
        <translation>OpenDocument-tekst (ODT, te bewerken in een tekstverwerker)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webpagina (HTML)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webpagina&apos;s (*.html *.htm)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of file name endings, e.g. &quot;.pdf, .odt or .html&quot;; %1 is all but the last</extracomment>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>There is no advice to write yet.</source>
        <translation>Er is nog geen advies om te schrijven.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a name ending in %2.</source>
        <translation>Het formaat van %1 is onduidelijk: gebruik een naam die eindigt op %2.</translation>
    </message>
</context>
<context>
    <name>ReviewBook</name>
    <message>
        <source>Basis: what permits the processing</source>
        <translation>Grondslag: wat de verwerking toestaat</translation>
    </message>
    <message>
        <source>Exception: what lifts the ban on special or criminal data</source>
        <translation>Uitzondering: wat het verbod op bijzondere of strafrechtelijke gegevens opheft</translation>
    </message>
    <message>
        <source>Lifts secrecy: what lifts a duty of secrecy</source>
        <translation>Doorbreekt geheimhouding: wat een geheimhoudingsplicht opheft</translation>
    </message>
    <message>
        <source>Restricts: what limits what may be shared</source>
        <translation>Beperkt: wat begrenst wat gedeeld mag worden</translation>
    </message>
    <message>
        <source>No role stated</source>
        <translation>Geen rol vermeld</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>any answer</source>
        <translation>elk antwoord</translation>
    </message>
    <message>
        <source>any answer except %1</source>
        <translation>elk antwoord behalve %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>alleen %1</translation>
    </message>
    <message>
        <source>including %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <source>at least one of %1</source>
        <translation>ten minste één van %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>niet %1</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>niet (%1)</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ is %2</source>
        <translation>het antwoord op ‘%1’ is %2</translation>
    </message>
    <message>
        <source>the answers to ‘%1’ include %2</source>
        <translation>bij ‘%1’ is gekozen: %2</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ is not %2</source>
        <translation>het antwoord op ‘%1’ is niet %2</translation>
    </message>
    <message>
        <source>question %1: %2</source>
        <translation>vraag %1: %2</translation>
    </message>
    <message>
        <source>outcome %1: %2 (%3)</source>
        <translation>uitkomst %1: %2 (%3)</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>beslissing %1</translation>
    </message>
    <message>
        <source>(here this route ends; or it goes on:)</source>
        <translation>(hier eindigt deze route; of ze gaat verder:)</translation>
    </message>
    <message>
        <source>Review book</source>
        <translation>Beoordelingsboek</translation>
    </message>
    <message>
        <source>Deelwijzer review book</source>
        <translation>Deelwijzer-beoordelingsboek</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelset</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Vingerafdruk (SHA-256)</translation>
    </message>
    <message>
        <source>Statute texts as in force on</source>
        <translation>Wetteksten zoals geldend op</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Afgedrukt op</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>%1 outcomes, %2 questions, %3 decisions, %4 legal grounds, %5 glossary terms, %6 described routes</source>
        <translation>%1 uitkomsten, %2 vragen, %3 beslissingen, %4 grondslagen, %5 begrippen, %6 beschreven routes</translation>
    </message>
    <message>
        <source>Warning: the rule set has too many routes to list them all; the routes below are incomplete.</source>
        <translation>Let op: de regelset heeft te veel routes om ze alle te noemen; de routes hieronder zijn onvolledig.</translation>
    </message>
    <message>
        <source>Only when %1.</source>
        <translation>Alleen als %1.</translation>
    </message>
    <message>
        <source>Marked unsure in the rules.</source>
        <translation>In de regels als onzeker gemarkeerd.</translation>
    </message>
    <message>
        <source>statute text as in force on %1</source>
        <translation>wettekst zoals geldend op %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>What the rules cannot decide</source>
        <translation>Wat de regels niet kunnen beslissen</translation>
    </message>
    <message>
        <source>This advice concerns data that are not personal data.</source>
        <translation>Dit advies gaat over gegevens die geen persoonsgegevens zijn.</translation>
    </message>
    <message>
        <source>Legal grounds by role</source>
        <translation>Grondslagen per rol</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Routes that lead here</source>
        <translation>Routes die hierheen leiden</translation>
    </message>
    <message>
        <source>%1 (%2 paths through the rules)</source>
        <translation>%1 (%2 paden door de regels)</translation>
    </message>
    <message>
        <source>No route reaches this outcome.</source>
        <translation>Geen enkele route bereikt deze uitkomst.</translation>
    </message>
    <message>
        <source>Shipped cases that reach it</source>
        <translation>Meegeleverde casussen die haar bereiken</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>1. Outcomes</source>
        <translation>1. Uitkomsten</translation>
    </message>
    <message>
        <source>2. Questions</source>
        <translation>2. Vragen</translation>
    </message>
    <message>
        <source>Several answers can be picked.</source>
        <translation>Er kunnen meerdere antwoorden worden gekozen.</translation>
    </message>
    <message>
        <source>Why this is asked</source>
        <translation>Waarom dit wordt gevraagd</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>the honest ‘not sure’</source>
        <translation>het eerlijke ‘weet ik niet’</translation>
    </message>
    <message>
        <source>cannot be combined with other answers</source>
        <translation>niet te combineren met andere antwoorden</translation>
    </message>
    <message>
        <source>Answers and where they lead</source>
        <translation>Antwoorden en waar ze heen leiden</translation>
    </message>
    <message>
        <source>3. Decisions</source>
        <translation>3. Beslissingen</translation>
    </message>
    <message>
        <source>A decision routes on answers already given, without asking again. Its branches are tried in order; the first that holds is taken.</source>
        <translation>Een beslissing kiest de weg op grond van antwoorden die al gegeven zijn, zonder opnieuw te vragen. De takken worden op volgorde geprobeerd; de eerste die geldt wordt genomen.</translation>
    </message>
    <message>
        <source>If %1 → %2</source>
        <translation>Als %1 → %2</translation>
    </message>
    <message>
        <source>Otherwise → %1</source>
        <translation>Anders → %1</translation>
    </message>
    <message>
        <source>4. Legal grounds by law</source>
        <translation>4. Grondslagen per wet</translation>
    </message>
    <message>
        <source>Id and role</source>
        <translation>Id en rol</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Words of the statute</source>
        <translation>Woorden van de wet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Cited by the outcomes</source>
        <translation>Genoemd door de uitkomsten</translation>
    </message>
    <message>
        <source>5. Glossary</source>
        <translation>5. Begrippenlijst</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Zie ook:</translation>
    </message>
    <message>
        <source>6. Recorded reviews</source>
        <translation>6. Vastgelegde beoordelingen</translation>
    </message>
    <message>
        <source>No review is recorded in the rule set: these rules have not been reviewed.</source>
        <translation>In de regelset is geen beoordeling vastgelegd: deze regels zijn niet beoordeeld.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>Fingerprint reviewed</source>
        <translation>Beoordeelde vingerafdruk</translation>
    </message>
    <message>
        <source>The rules have changed since this review.</source>
        <translation>De regels zijn sinds deze beoordeling gewijzigd.</translation>
    </message>
    <message>
        <source>7. Sign-off</source>
        <translation>7. Ondertekening</translation>
    </message>
    <message>
        <source>I have reviewed rule set %1, version %2, with fingerprint %3, as printed in this book, within the scope stated below. My findings are written below or attached.</source>
        <translation>Ik heb regelset %1, versie %2, met vingerafdruk %3, zoals afgedrukt in dit boek, beoordeeld binnen de hieronder vermelde reikwijdte. Mijn bevindingen staan hieronder of zijn bijgevoegd.</translation>
    </message>
    <message>
        <source>Reviewer (name)</source>
        <translation>Beoordelaar (naam)</translation>
    </message>
    <message>
        <source>Role (e.g. privacy officer, lawyer)</source>
        <translation>Rol (bijv. functionaris gegevensbescherming, jurist)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scope of the review (all, or which outcomes and questions)</source>
        <translation>Reikwijdte van de beoordeling (alles, of welke uitkomsten en vragen)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>One page per reviewer. A signature covers only the fingerprint printed above: any change to the rules changes it.</source>
        <translation>Eén pagina per beoordelaar. Een handtekening geldt alleen voor de vingerafdruk hierboven: elke wijziging van de regels verandert die.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a name ending in .pdf or .html.</source>
        <translation>Het formaat van %1 is onbekend: gebruik een naam die eindigt op .pdf of .html.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslissing</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>law</source>
        <translation>wet</translation>
    </message>
    <message>
        <source>legal ground</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <source>glossary term</source>
        <translation>begrip</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>voorwaarde</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>vervolgstap</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>then as in continuation %1 below</source>
        <translation>verder zoals in vervolg %1 hieronder</translation>
    </message>
    <message>
        <source>new since version %1</source>
        <translation>nieuw sinds versie %1</translation>
    </message>
    <message>
        <source>changed since version %1</source>
        <translation>gewijzigd sinds versie %1</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Wijzigingen sinds versie %1</translation>
    </message>
    <message>
        <source>Compared with version %1 of the rules (fingerprint %2). Every new or changed outcome, question, answer, decision, legal ground and glossary term is marked in this book with ◆.</source>
        <translation>Vergeleken met versie %1 van de regels (vingerafdruk %2). Elke nieuwe of gewijzigde uitkomst, vraag, antwoord, beslissing, grondslag en elk nieuw of gewijzigd begrip is in dit boek gemarkeerd met ◆.</translation>
    </message>
    <message>
        <source>The rules have the same content.</source>
        <translation>De regels hebben dezelfde inhoud.</translation>
    </message>
    <message>
        <source>New %1 %2</source>
        <translation>Nieuw: %1 %2</translation>
    </message>
    <message>
        <source>Removed %1 %2</source>
        <translation>Verwijderd: %1 %2</translation>
    </message>
    <message>
        <source>Changed %1 %2</source>
        <translation>Gewijzigd: %1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Cases whose advice changed</source>
        <translation>Casussen waarvan het advies veranderde</translation>
    </message>
    <message>
        <source>%1 cases replayed under both versions; the advice changed for %2.</source>
        <translation>%1 casussen doorlopen onder beide versies; het advies veranderde bij %2.</translation>
    </message>
    <message>
        <source>no advice</source>
        <translation>geen advies</translation>
    </message>
    <message>
        <source>%1 (outcome %2)</source>
        <translation>%1 (uitkomst %2)</translation>
    </message>
    <message>
        <source>grounds %1</source>
        <translation>grondslagen %1</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>voor: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>na: %1</translation>
    </message>
    <message>
        <source>This book shows the whole rule set for review by a lawyer or privacy officer: every outcome with its verdict, legal grounds and the routes that lead to it, every question with its answers, the decisions between them, the legal grounds by law and the glossary. The routes are computed from the rules themselves, not written by hand. A route lists the questions in the order they are asked, each with the answers that lead along it (→); ‘or’ means any of those answers. An indented list continues the line above it with the alternatives that follow. Alternatives that follow in several places are printed once, as a numbered continuation after the routes of the outcome. The last pages record the reviews and hold the sign-off.</source>
        <translation>Dit boek toont de hele regelset ter beoordeling door een jurist of functionaris gegevensbescherming: elke uitkomst met haar oordeel, grondslagen en de routes die ernaartoe leiden, elke vraag met haar antwoorden, de beslissingen daartussen, de grondslagen per wet en de begrippenlijst. De routes zijn uit de regels zelf berekend, niet met de hand geschreven. Een route noemt de vragen in de volgorde waarin ze worden gesteld, elk met de antwoorden die langs die route leiden (→); ‘of’ betekent: een van die antwoorden. Een ingesprongen lijst zet de regel erboven voort met de mogelijkheden die volgen. Mogelijkheden die op meer plaatsen volgen, staan één keer afgedrukt, als genummerd vervolg na de routes van de uitkomst. De laatste pagina’s leggen de beoordelingen vast en bevatten de ondertekening.</translation>
    </message>
    <message>
        <source>Continuation %1:</source>
        <translation>Vervolg %1:</translation>
    </message>
</context>
<context>
    <name>ReviewStatement</name>
    <message>
        <source>Not reviewed: nobody has signed off these rules.</source>
        <translation>Niet beoordeeld: niemand heeft deze regels afgetekend.</translation>
    </message>
    <message>
        <source>Not reviewed: the rules have changed since %1 reviewed them on %2.</source>
        <translation>Niet beoordeeld: de regels zijn gewijzigd sinds %1 ze op %2 beoordeelde.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2.</source>
        <translation>Beoordeeld door %1 op %2.</translation>
    </message>
    <message>
        <source>Scope: %1.</source>
        <translation>Reikwijdte: %1.</translation>
    </message>
    <message>
        <source>the last review (%1, %2) signed off fingerprint %3…, but the rules now have %4…: they changed since and are not reviewed</source>
        <translation>de laatste beoordeling (%1, %2) tekende vingerafdruk %3… af, maar de regels hebben nu %4…: ze zijn sindsdien gewijzigd en niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>RuleSetLoader</name>
    <message>
        <source>the manifest</source>
        <translation>het manifest</translation>
    </message>
    <message>
        <source>the manifest has no &apos;ruleset&apos; section</source>
        <translation>het manifest heeft geen sectie &apos;ruleset&apos;</translation>
    </message>
    <message>
        <source>&apos;languages&apos; must name at least one language</source>
        <translation>&apos;languages&apos; moet ten minste één taal noemen</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH</source>
        <translation>versie &apos;%1&apos; heeft niet de vorm MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>valid_to lies before valid_from</source>
        <translation>valid_to ligt vóór valid_from</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; use one of: %2</source>
        <translation>onbekende status &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a path inside the rule-set folder</source>
        <translation>&apos;%1&apos; moet een pad binnen de map met regels zijn</translation>
    </message>
    <message>
        <source>a list of file names</source>
        <translation>een lijst met bestandsnamen</translation>
    </message>
    <message>
        <source>a rule file</source>
        <translation>een regelbestand</translation>
    </message>
    <message>
        <source>the &apos;ruleset&apos; section belongs in ruleset.yaml only</source>
        <translation>de sectie &apos;ruleset&apos; hoort alleen in ruleset.yaml</translation>
    </message>
    <message>
        <source>a list of entries</source>
        <translation>een lijst met onderdelen</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sectie</translation>
    </message>
    <message>
        <source>an entry of &apos;%1&apos;</source>
        <translation>een onderdeel van &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos; (first defined at %3:%4:%5)</source>
        <translation>dubbele %1-id &apos;%2&apos; (eerst gedefinieerd op %3:%4:%5)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved word in conditions and cannot be a question id</source>
        <translation>&apos;%1&apos; is een gereserveerd woord in voorwaarden en kan geen vraag-id zijn</translation>
    </message>
    <message>
        <source>question type must be &apos;single&apos; or &apos;multiple&apos;, not &apos;%1&apos;</source>
        <translation>het vraagtype moet &apos;single&apos; of &apos;multiple&apos; zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a list of at least one answer</source>
        <translation>een lijst met ten minste één antwoord</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>&apos;exclusive&apos; only makes sense in a multiple-choice question</source>
        <translation>&apos;exclusive&apos; heeft alleen zin bij een meerkeuzevraag</translation>
    </message>
    <message>
        <source>answers of a multiple-choice question cannot have their own &apos;next&apos;; route with a decision</source>
        <translation>antwoorden van een meerkeuzevraag kunnen geen eigen &apos;next&apos; hebben; stuur de route met een beslissing</translation>
    </message>
    <message>
        <source>multiple-choice question &apos;%1&apos; needs a &apos;next&apos;</source>
        <translation>meerkeuzevraag &apos;%1&apos; heeft een &apos;next&apos; nodig</translation>
    </message>
    <message>
        <source>node</source>
        <translation>knoop</translation>
    </message>
    <message>
        <source>a list of at least one branch</source>
        <translation>een lijst met ten minste één tak</translation>
    </message>
    <message>
        <source>a list of ids</source>
        <translation>een lijst met id&apos;s</translation>
    </message>
    <message>
        <source>invalid verdict &apos;%1&apos;; use one of: %2</source>
        <translation>ongeldig oordeel &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <source>law</source>
        <translation>wet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BWB id (like BWBR0022463)</source>
        <translation>&apos;%1&apos; is geen BWB-id (zoals BWBR0022463)</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <source>ground status must be &apos;verified&apos; or &apos;unsure&apos;, not &apos;%1&apos;</source>
        <translation>de status van een grondslag moet &apos;verified&apos; of &apos;unsure&apos; zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>begrippenlijst</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>voorwaarde</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>no ruleset.yaml: this is not a rule-set folder</source>
        <translation>geen ruleset.yaml: dit is geen map met regels</translation>
    </message>
    <message>
        <source>no file matches &apos;%1&apos;</source>
        <translation>geen bestand past bij &apos;%1&apos;</translation>
    </message>
    <message>
        <source>folder does not exist</source>
        <translation>map bestaat niet</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>kan bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>data_category must be &apos;ordinary&apos;, &apos;special&apos; or &apos;criminal&apos;, not &apos;%1&apos;</source>
        <translation>data_category moet &apos;ordinary&apos;, &apos;special&apos; of &apos;criminal&apos; zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>role must be one of %1, not &apos;%2&apos;</source>
        <translation>role moet een van %1 zijn, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>this is not a folder</source>
        <translation>dit is geen map</translation>
    </message>
    <message>
        <source>this is a link to a file outside the rule-set folder (%1)</source>
        <translation>dit is een koppeling naar een bestand buiten de map met regels (%1)</translation>
    </message>
    <message>
        <source>a list of reviews</source>
        <translation>een lijst van beoordelingen</translation>
    </message>
    <message>
        <source>a review&apos;s fingerprint is the 64 hex digits `deelwijzer-cli check` prints, not &apos;%1&apos;</source>
        <translation>de vingerafdruk van een beoordeling bestaat uit de 64 hexadecimale cijfers die `deelwijzer-cli check` toont, niet &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>RuleSetValidator</name>
    <message>
        <source>%1 &apos;%2&apos; does not exist (no question, decision or outcome has this id)</source>
        <translation>%1 &apos;%2&apos; bestaat niet (geen vraag, beslissing of uitkomst heeft deze id)</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; does not exist</source>
        <translation>bron &apos;%1&apos; bestaat niet</translation>
    </message>
    <message>
        <source>start node</source>
        <translation>startknoop</translation>
    </message>
    <message>
        <source>next node</source>
        <translation>volgende knoop</translation>
    </message>
    <message>
        <source>answer &apos;%1&apos; of question &apos;%2&apos; leads nowhere: give it a &apos;next&apos; or give the question one</source>
        <translation>antwoord &apos;%1&apos; van vraag &apos;%2&apos; leidt nergens heen: geef het een &apos;next&apos; of geef de vraag er een</translation>
    </message>
    <message>
        <source>every answer of &apos;%1&apos; is exclusive; make it a single-choice question</source>
        <translation>elk antwoord van &apos;%1&apos; is exclusief; maak er een vraag met één antwoord van</translation>
    </message>
    <message>
        <source>condition tests &apos;%1&apos;, which is not a question</source>
        <translation>voorwaarde toetst &apos;%1&apos;, en dat is geen vraag</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no answer &apos;%2&apos;</source>
        <translation>vraag &apos;%1&apos; heeft geen antwoord &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;all&apos; can never hold: question &apos;%1&apos; takes only one answer</source>
        <translation>&apos;all&apos; kan nooit gelden: vraag &apos;%1&apos; heeft maar één antwoord</translation>
    </message>
    <message>
        <source>&apos;otherwise&apos; node</source>
        <translation>&apos;otherwise&apos;-knoop</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not exist</source>
        <translation>%1 &apos;%2&apos; bestaat niet</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>voorwaarde</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; says &apos;%2&apos; but cites no legal ground that always applies</source>
        <translation>uitkomst &apos;%1&apos; zegt &apos;%2&apos; maar noemt geen grondslag die altijd geldt</translation>
    </message>
    <message>
        <source>ground &apos;%1&apos; names law &apos;%2&apos;, which is not in the law catalogue</source>
        <translation>grondslag &apos;%1&apos; noemt wet &apos;%2&apos;, die niet in de wettenlijst staat</translation>
    </message>
    <message>
        <source>glossary term &apos;%1&apos; refers to &apos;%2&apos;, which is not in the glossary</source>
        <translation>begrip &apos;%1&apos; verwijst naar &apos;%2&apos;, dat niet in de begrippenlijst staat</translation>
    </message>
    <message>
        <source>[[%1]] links to a glossary term that does not exist</source>
        <translation>[[%1]] verwijst naar een begrip dat niet bestaat</translation>
    </message>
    <message>
        <source>[[ground:%1]] links to a ground that does not exist</source>
        <translation>[[ground:%1]] verwijst naar een grondslag die niet bestaat</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>kringloop: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can never be reached from the start node &apos;%2&apos;</source>
        <translation>&apos;%1&apos; is nooit bereikbaar vanaf het startpunt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 tests &apos;%2&apos;, but not every route to &apos;%3&apos; asks &apos;%2&apos; first</source>
        <translation>%1 toetst &apos;%2&apos;, maar niet elke route naar &apos;%3&apos; vraagt eerst &apos;%2&apos;</translation>
    </message>
    <message>
        <source>this branch</source>
        <translation>deze tak</translation>
    </message>
    <message>
        <source>the citation of &apos;%1&apos;</source>
        <translation>de aanhaling van &apos;%1&apos;</translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; is not used by any outcome</source>
        <translation>voorwaarde &apos;%1&apos; wordt door geen enkele uitkomst gebruikt</translation>
    </message>
    <message>
        <source>action &apos;%1&apos; is not used by any outcome</source>
        <translation>actie &apos;%1&apos; wordt door geen enkele uitkomst gebruikt</translation>
    </message>
    <message>
        <source>law &apos;%1&apos; is not named by any ground</source>
        <translation>wet &apos;%1&apos; wordt door geen enkele grondslag genoemd</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is not cited anywhere</source>
        <translation>bron &apos;%1&apos; wordt nergens aangehaald</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; cannot be valid_for itself</source>
        <translation>vraag &apos;%1&apos; kan niet valid_for zichzelf zijn</translation>
    </message>
    <message>
        <source>valid_for names &apos;%1&apos;, which is not a question</source>
        <translation>valid_for noemt &apos;%1&apos;, maar dat is geen vraag</translation>
    </message>
    <message>
        <source>role_question names &apos;%1&apos;, which is not a question</source>
        <translation>role_question noemt &apos;%1&apos;, maar dat is geen vraag</translation>
    </message>
    <message>
        <source>role_question &apos;%1&apos; must be a single-choice question: its answer is the user&apos;s role</source>
        <translation>role_question &apos;%1&apos; moet een vraag met één antwoord zijn: dat antwoord is de rol van de gebruiker</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>the file is too large (more than %1 MiB)</source>
        <translation>het bestand is te groot (meer dan %1 MiB)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
        <source>this is a pipe (FIFO), not a regular file</source>
        <translation>dit is een pipe (FIFO), geen gewoon bestand</translation>
    </message>
    <message>
        <source>this is a device, not a regular file</source>
        <translation>dit is een apparaat, geen gewoon bestand</translation>
    </message>
    <message>
        <source>this is a socket, not a regular file</source>
        <translation>dit is een socket, geen gewoon bestand</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>dit is geen gewoon bestand</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Deelwijzer does not write through links. Choose another name or remove the link.</source>
        <translation>%1 is een symbolische koppeling; Deelwijzer schrijft niet via koppelingen. Kies een andere naam of verwijder de koppeling.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; choose another name.</source>
        <translation>%1 bestaat al en is geen gewoon bestand; kies een andere naam.</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>kan het bestand niet aanmaken: %1</translation>
    </message>
    <message>
        <source>the file could not be written completely</source>
        <translation>het bestand kon niet volledig worden geschreven</translation>
    </message>
    <message>
        <source>the file was saved, but could not be made readable by you alone</source>
        <translation>het bestand is bewaard, maar kon niet alleen voor u leesbaar worden gemaakt</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>%1 must be a mapping (key: value), not %2</source>
        <translation>%1 moet een mapping (sleutel: waarde) zijn, niet %2</translation>
    </message>
    <message>
        <source>%1 is missing &apos;%2&apos;</source>
        <translation>%1 mist &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty</source>
        <translation>&apos;%1&apos; van %2 is leeg</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>onbekende sleutel &apos;%1&apos; in %2; bedoelde u &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (allowed: %3)</source>
        <translation>onbekende sleutel &apos;%1&apos; in %2 (toegestaan: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; moet %2 zijn, niet %3</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>één waarde</translation>
    </message>
    <message>
        <source>invalid %1 &apos;%2&apos;: use lowercase letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>ongeldige %1 &apos;%2&apos;: gebruik kleine letters, cijfers, &apos;-&apos; en &apos;_&apos;</translation>
    </message>
    <message>
        <source>a list of ids</source>
        <translation>een lijst met id&apos;s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>&apos;%1&apos; komt twee keer voor in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a date like 2026-09-01, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; moet een datum zijn zoals 2026-09-01, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a text per language, like {%2}</source>
        <translation>&apos;%1&apos; heeft een tekst per taal nodig, zoals {%2}</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; in &apos;%2&apos; (the rule set&apos;s languages: %3)</source>
        <translation>onbekende taal &apos;%1&apos; in &apos;%2&apos; (de talen van de regelset: %3)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>the %1 text of &apos;%2&apos; is empty</source>
        <translation>de %1-tekst van &apos;%2&apos; is leeg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 translation</source>
        <translation>&apos;%1&apos; heeft geen vertaling in %2</translation>
    </message>
    <message>
        <source>a condition must be a mapping like {question: answer}, not %1</source>
        <translation>een voorwaarde moet een mapping zijn zoals {vraag: antwoord}, niet %1</translation>
    </message>
    <message>
        <source>a list of conditions</source>
        <translation>een lijst met voorwaarden</translation>
    </message>
    <message>
        <source>invalid question id &apos;%1&apos; in condition</source>
        <translation>ongeldige vraag-id &apos;%1&apos; in voorwaarde</translation>
    </message>
    <message>
        <source>use exactly one of &apos;any&apos;, &apos;all&apos; or &apos;none&apos; for &apos;%1&apos;</source>
        <translation>gebruik precies één van &apos;any&apos;, &apos;all&apos; of &apos;none&apos; voor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>condition on &apos;%1&apos;</source>
        <translation>voorwaarde op &apos;%1&apos;</translation>
    </message>
    <message>
        <source>answer id</source>
        <translation>antwoord-id</translation>
    </message>
    <message>
        <source>an answer id or a list of answer ids</source>
        <translation>een antwoord-id of een lijst van antwoord-id&apos;s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a web address starting with https://</source>
        <translation>&apos;%1&apos; moet een webadres zijn dat begint met https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; moet true of false zijn</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>vraag-id</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>een antwoord</translation>
    </message>
    <message>
        <source>decision id</source>
        <translation>beslissing-id</translation>
    </message>
    <message>
        <source>a branch</source>
        <translation>een tak</translation>
    </message>
    <message>
        <source>outcome id</source>
        <translation>uitkomst-id</translation>
    </message>
    <message>
        <source>law id</source>
        <translation>wet-id</translation>
    </message>
    <message>
        <source>ground id</source>
        <translation>grondslag-id</translation>
    </message>
    <message>
        <source>glossary id</source>
        <translation>begrip-id</translation>
    </message>
    <message>
        <source>condition id</source>
        <translation>voorwaarde-id</translation>
    </message>
    <message>
        <source>action id</source>
        <translation>actie-id</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>bron-id</translation>
    </message>
</context>
<context>
    <name>TextMarkup</name>
    <message>
        <source>&apos;[[&apos; without closing &apos;]]&apos;</source>
        <translation>&apos;[[&apos; zonder afsluitende &apos;]]&apos;</translation>
    </message>
    <message>
        <source>&apos;[[&apos; inside a link</source>
        <translation>&apos;[[&apos; binnen een link</translation>
    </message>
    <message>
        <source>a link &apos;[[...]]&apos; without a target</source>
        <translation>een link &apos;[[...]]&apos; zonder doel</translation>
    </message>
    <message>
        <source>a link &apos;[[%1|]]&apos; with no words after &apos;|&apos;</source>
        <translation>een link &apos;[[%1|]]&apos; zonder woorden na &apos;|&apos;</translation>
    </message>
</context>
<context>
    <name>TreeExporter</name>
    <message>
        <source>Deelwijzer rule tree: %1</source>
        <translation>Deelwijzer-beslisboom: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Sharing is required</source>
        <translation>Delen moet</translation>
    </message>
    <message>
        <source>The law obliges you to provide the data.</source>
        <translation>De wet verplicht u de gegevens te verstrekken.</translation>
    </message>
    <message>
        <source>Sharing is allowed</source>
        <translation>Delen mag</translation>
    </message>
    <message>
        <source>A clear legal ground exists; ordinary care applies.</source>
        <translation>Er is een duidelijke wettelijke grondslag; de gewone zorgvuldigheid geldt.</translation>
    </message>
    <message>
        <source>Allowed under conditions</source>
        <translation>Delen mag onder voorwaarden</translation>
    </message>
    <message>
        <source>You may share only if every condition below is met.</source>
        <translation>U mag alleen delen als aan alle voorwaarden hieronder is voldaan.</translation>
    </message>
    <message>
        <source>Sharing is not allowed</source>
        <translation>Delen mag niet</translation>
    </message>
    <message>
        <source>There is no legal ground to share these data. Sharing anonymised information may still be possible.</source>
        <translation>Er is geen grondslag om deze gegevens te delen. Geanonimiseerd delen kan soms wel.</translation>
    </message>
    <message>
        <source>Seek advice first</source>
        <translation>Overleg eerst</translation>
    </message>
    <message>
        <source>The law is unsettled here or the facts are uncertain: first consult your data protection officer (DPO) or a lawyer.</source>
        <translation>Het recht is hier niet eenduidig of de feiten zijn onzeker: overleg eerst met uw functionaris gegevensbescherming (FG) of een jurist.</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>één waarde</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>een mapping</translation>
    </message>
    <message>
        <source>a file may hold only one YAML document; a second one starts here</source>
        <translation>een bestand mag maar één YAML-document bevatten; hier begint een tweede</translation>
    </message>
    <message>
        <source>aliases (*name) are not allowed; write the value out</source>
        <translation>aliassen (*naam) zijn niet toegestaan; schrijf de waarde uit</translation>
    </message>
    <message>
        <source>anchors (&amp;name) are not allowed; write the value out</source>
        <translation>ankers (&amp;naam) zijn niet toegestaan; schrijf de waarde uit</translation>
    </message>
    <message>
        <source>nesting too deep (more than %1 levels)</source>
        <translation>te diep genest (meer dan %1 niveaus)</translation>
    </message>
    <message>
        <source>a key must be a single value, not %1</source>
        <translation>een sleutel moet één waarde zijn, niet %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>dubbele sleutel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>file is too large (%1 MiB; at most %2 MiB)</source>
        <translation>bestand is te groot (%1 MiB; hoogstens %2 MiB)</translation>
    </message>
    <message>
        <source>file is binary, not YAML text (it contains a NUL byte)</source>
        <translation>bestand is binair, geen YAML-tekst (het bevat een NUL-byte)</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text (byte 0x%1)</source>
        <translation>bestand is geen geldige UTF-8-tekst (byte 0x%1)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>bestand is leeg</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>te diep genest</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-syntaxfout: %1</translation>
    </message>
    <message>
        <source>could not read YAML: %1</source>
        <translation>kon YAML niet lezen: %1</translation>
    </message>
    <message>
        <source>file holds no YAML content</source>
        <translation>bestand bevat geen YAML-inhoud</translation>
    </message>
</context>
<context>
    <name>YamlError</name>
    <message>
        <source>end of map not found</source>
        <translation>einde van de mapping niet gevonden</translation>
    </message>
    <message>
        <source>end of map flow not found</source>
        <translation>einde van de mapping tussen { } niet gevonden</translation>
    </message>
    <message>
        <source>end of sequence not found</source>
        <translation>einde van de lijst niet gevonden</translation>
    </message>
    <message>
        <source>end of sequence flow not found</source>
        <translation>einde van de lijst tussen [ ] niet gevonden</translation>
    </message>
    <message>
        <source>end of verbatim tag not found</source>
        <translation>einde van de letterlijke tag niet gevonden</translation>
    </message>
    <message>
        <source>illegal map key</source>
        <translation>ongeldige sleutel</translation>
    </message>
    <message>
        <source>illegal map value</source>
        <translation>ongeldige waarde bij een sleutel</translation>
    </message>
    <message>
        <source>illegal block entry</source>
        <translation>ongeldig lijstelement</translation>
    </message>
    <message>
        <source>illegal flow end</source>
        <translation>ongeldig einde van ] of }</translation>
    </message>
    <message>
        <source>illegal tab when looking for indentation</source>
        <translation>tab in de inspringing (gebruik spaties)</translation>
    </message>
    <message>
        <source>illegal character in scalar</source>
        <translation>ongeldig teken in een waarde</translation>
    </message>
    <message>
        <source>illegal EOF in scalar</source>
        <translation>bestand eindigt midden in een waarde</translation>
    </message>
    <message>
        <source>illegal document indicator in scalar</source>
        <translation>documentscheiding midden in een waarde</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>onbekend teken</translation>
    </message>
    <message>
        <source>unknown escape character: </source>
        <translation>onbekend escapeteken: </translation>
    </message>
    <message>
        <source>invalid unicode: </source>
        <translation>ongeldige unicode: </translation>
    </message>
    <message>
        <source>bad character found while scanning hex number</source>
        <translation>ongeldig teken in een hexadecimaal getal</translation>
    </message>
    <message>
        <source>cannot set zero indentation for a block scalar</source>
        <translation>een blokwaarde kan geen inspringing 0 hebben</translation>
    </message>
    <message>
        <source>unexpected character in block scalar</source>
        <translation>onverwacht teken in een blokwaarde</translation>
    </message>
    <message>
        <source>alias not found after *</source>
        <translation>geen alias na *</translation>
    </message>
    <message>
        <source>anchor not found after &amp;</source>
        <translation>geen anker na &amp;</translation>
    </message>
    <message>
        <source>illegal character found while scanning alias</source>
        <translation>ongeldig teken in een alias</translation>
    </message>
    <message>
        <source>illegal character found while scanning anchor</source>
        <translation>ongeldig teken in een anker</translation>
    </message>
    <message>
        <source>cannot assign multiple tags to the same node</source>
        <translation>één waarde kan niet meer dan één tag hebben</translation>
    </message>
    <message>
        <source>cannot assign multiple anchors to the same node</source>
        <translation>één waarde kan niet meer dan één anker hebben</translation>
    </message>
    <message>
        <source>the referenced anchor is not defined</source>
        <translation>het anker waarnaar verwezen wordt bestaat niet</translation>
    </message>
</context>
<context>
    <name>deelwijzer::AdviceFlow</name>
    <message>
        <source>An answer does not fit the rules in use (%1). Please answer this question again.</source>
        <translation>Een antwoord past niet bij de regels in gebruik (%1). Beantwoord deze vraag opnieuw.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::AdvicePage</name>
    <message>
        <source>Show the legal ground: text, meaning and official source</source>
        <translation>De grondslag tonen: tekst, betekenis en officiële bron</translation>
    </message>
    <message>
        <source>Legal ground %1: show details</source>
        <translation>Grondslag %1: details tonen</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Change the answer to: %1</source>
        <translation>Wijzig het antwoord op: %1</translation>
    </message>
    <message>
        <source>&amp;Your answers</source>
        <translation>&amp;Uw antwoorden</translation>
    </message>
    <message>
        <source>Back to your answers</source>
        <translation>Terug naar uw antwoorden</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>Save the advice</source>
        <translation>Het advies opslaan</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the advice as PDF, ODT or HTML</source>
        <translation>Het advies exporteren als PDF, ODT of HTML</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the advice</source>
        <translation>Het advies afdrukken</translation>
    </message>
    <message>
        <source>&amp;New advice</source>
        <translation>&amp;Nieuw advies</translation>
    </message>
    <message>
        <source>Start a new advice</source>
        <translation>Een nieuw advies beginnen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Official text</source>
        <translation>Officiële tekst</translation>
    </message>
    <message>
        <source>Official text of %1, opens in your web browser</source>
        <translation>Officiële tekst van %1, opent in uw webbrowser</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n stap)</numerusform>
            <numerusform>%1 (%n stappen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deelwijzer::AdviceView</name>
    <message>
        <source>draft</source>
        <comment>status of the rules</comment>
        <translation>concept</translation>
    </message>
    <message>
        <source>reconstructed</source>
        <comment>status of the rules</comment>
        <translation>gereconstrueerd</translation>
    </message>
    <message>
        <source>legally reviewed</source>
        <comment>status of the rules</comment>
        <translation>juridisch getoetst</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>status of the rules</comment>
        <translation>vastgesteld</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>status of the rules</comment>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Exception for special-category or criminal-offence data</source>
        <translation>Uitzondering voor bijzondere of strafrechtelijke gegevens</translation>
    </message>
    <message>
        <source>Lifts the duty of secrecy</source>
        <translation>Doorbreekt de geheimhouding</translation>
    </message>
    <message>
        <source>Restricts what you share</source>
        <translation>Beperkt wat u deelt</translation>
    </message>
    <message>
        <source>Statutory text (Dutch), in force from %1:</source>
        <translation>Wettekst, geldend vanaf %1:</translation>
    </message>
    <message>
        <source>Statutory text (Dutch):</source>
        <translation>Wettekst:</translation>
    </message>
    <message>
        <source>Not certain: have this ground checked.</source>
        <translation>Niet zeker: laat deze grondslag toetsen.</translation>
    </message>
    <message>
        <source>This advice supports your professional judgement; it does not replace it.</source>
        <translation>Dit advies ondersteunt uw professionele afweging en vervangt die niet.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>What the rules cannot decide</source>
        <translation>Wat de regels niet kunnen beslissen</translation>
    </message>
    <message>
        <source>You answered ‘not sure’</source>
        <translation>U antwoordde ‘weet ik niet’</translation>
    </message>
    <message>
        <source>This advice rests partly on facts you did not know:</source>
        <translation>Dit advies rust deels op feiten die u niet wist:</translation>
    </message>
    <message>
        <source>Find this out before you share if you can, and change the answer: the advice may then be different. Otherwise consult your data protection officer (DPO) or a lawyer.</source>
        <translation>Zoek dit zo mogelijk uit voordat u deelt en pas het antwoord aan: het advies kan dan anders zijn. Lukt dat niet, overleg dan met uw functionaris gegevensbescherming (FG) of een jurist.</translation>
    </message>
    <message>
        <source>Your situation, as you answered it</source>
        <translation>Uw situatie, zoals u die beantwoordde</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Wettelijke grondslagen</translation>
    </message>
    <message>
        <source>No legal ground for sharing was found on this route.</source>
        <translation>Voor delen is op deze route geen wettelijke grondslag gevonden.</translation>
    </message>
    <message>
        <source>The advice rests on</source>
        <translation>Het advies rust op</translation>
    </message>
    <message>
        <source>What the advice must respect</source>
        <translation>Wat het advies moet respecteren</translation>
    </message>
    <message>
        <source>For each provision: what it does in this advice, what it means and the words of the law itself.</source>
        <translation>Per bepaling: wat zij in dit advies doet, wat zij betekent en de woorden van de wet zelf.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Tick every condition before you share.</source>
        <translation>Vink elke voorwaarde af voordat u deelt.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wat u nu doet</translation>
    </message>
    <message>
        <source>Why this advice</source>
        <translation>Waarom dit advies</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>About this advice</source>
        <translation>Over dit advies</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelset</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>Toelichting status</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Vingerafdruk (SHA-256)</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verificatiecode</translation>
    </message>
    <message>
        <source>This code lets anyone check that this advice belongs to these answers and this rule set (deelwijzer-cli verify).</source>
        <translation>Met deze code is na te gaan dat dit advies hoort bij deze antwoorden en deze regelset (deelwijzer-cli verify).</translation>
    </message>
</context>
<context>
    <name>deelwijzer::AnswerSheet</name>
    <message>
        <source>Choose all that apply</source>
        <translation>Kies alles wat van toepassing is</translation>
    </message>
    <message>
        <source>Choose one answer</source>
        <translation>Kies één antwoord</translation>
    </message>
    <message>
        <source>Answers, choose all that apply</source>
        <translation>Antwoorden, kies alles wat van toepassing is</translation>
    </message>
    <message>
        <source>Answers, choose one</source>
        <translation>Antwoorden, kies er één</translation>
    </message>
    <message>
        <source>Filled in from your role. Choose another answer if it is different this time.</source>
        <translation>Ingevuld vanuit uw rol. Kies een ander antwoord als het deze keer anders is.</translation>
    </message>
    <message>
        <source>Not sure?</source>
        <translation>Weet u het niet zeker?</translation>
    </message>
    <message>
        <source>&quot;Not sure&quot; is an honest answer. Deelwijzer will not guess: the advice then tells you what to find out or whom to consult.</source>
        <translation>&quot;Weet ik niet&quot; is een eerlijk antwoord. Deelwijzer gaat niet gokken: het advies zegt dan wat u moet uitzoeken of wie u kunt raadplegen.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weet ik niet</translation>
    </message>
</context>
<context>
    <name>deelwijzer::Autosave</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::CaseFile</name>
    <message>
        <source>this case was written for rule set &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>deze casus is geschreven voor regelset &apos;%1&apos;, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the rules have changed since this case was saved (saved under version %1, fingerprint %2…; now version %3, fingerprint %4…)</source>
        <translation>de regels zijn veranderd sinds deze casus werd opgeslagen (opgeslagen onder versie %1, vingerafdruk %2…; nu versie %3, vingerafdruk %4…)</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;: the rules never ask it</source>
        <translation>onbekende vraag &apos;%1&apos;: de regels stellen die nooit</translation>
    </message>
    <message>
        <source>invalid answer to &apos;%1&apos;: %2</source>
        <translation>ongeldig antwoord op &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is not used: the route does not ask it</source>
        <translation>het antwoord op &apos;%1&apos; wordt niet gebruikt: de route vraagt er niet naar</translation>
    </message>
    <message>
        <source>&apos;current&apos; names &apos;%1&apos;, which is not a question</source>
        <translation>&apos;current&apos; noemt &apos;%1&apos;, en dat is geen vraag</translation>
    </message>
    <message>
        <source>expected outcome &apos;%1&apos; does not exist</source>
        <translation>verwachte uitkomst &apos;%1&apos; bestaat niet</translation>
    </message>
    <message>
        <source>expected ground &apos;%1&apos; does not exist</source>
        <translation>verwachte grondslag &apos;%1&apos; bestaat niet</translation>
    </message>
    <message>
        <source>expected condition &apos;%1&apos; does not exist</source>
        <translation>verwachte voorwaarde &apos;%1&apos; bestaat niet</translation>
    </message>
    <message>
        <source>expected route names &apos;%1&apos;, which is not a question</source>
        <translation>de verwachte route noemt &apos;%1&apos;, en dat is geen vraag</translation>
    </message>
    <message>
        <source>&apos;given_for&apos; names &apos;%1&apos;, which is not a question bound by valid_for</source>
        <translation>&apos;given_for&apos; noemt &apos;%1&apos;, maar dat is geen vraag die met valid_for gebonden is</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; no longer holds: it was given for other answers to %2; it will be asked again</source>
        <translation>het antwoord op &apos;%1&apos; geldt niet meer: het is gegeven bij andere antwoorden op %2; het wordt opnieuw gevraagd</translation>
    </message>
</context>
<context>
    <name>deelwijzer::CaseLibraryModel</name>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Who shares</source>
        <translation>Wie deelt</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Model verdict</source>
        <translation>Modeloordeel</translation>
    </message>
</context>
<context>
    <name>deelwijzer::CaseLibraryWidget</name>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Elk oordeel</translation>
    </message>
    <message>
        <source>The case file %1 cannot be used for training.</source>
        <translation>Het casusbestand %1 is niet bruikbaar voor training.</translation>
    </message>
    <message>
        <source>Open a training case</source>
        <translation>Een oefencasus openen</translation>
    </message>
    <message>
        <source>Deelwijzer case files (*.yaml *.yml)</source>
        <translation>Deelwijzer-casusbestanden (*.yaml *.yml)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>Geen casus past bij het filter.</translation>
    </message>
    <message>
        <source>This case has no narrative.</source>
        <translation>Deze casus heeft geen verhaal.</translation>
    </message>
    <message>
        <source>Search title and narrative…</source>
        <translation>Zoek in titel en verhaal…</translation>
    </message>
    <message>
        <source>&amp;Who shares:</source>
        <translation>&amp;Wie deelt:</translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation>Met &amp;wie:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Oordeel:</translation>
    </message>
    <message>
        <source>Start &amp;quiz</source>
        <translation>&amp;Quiz starten</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presenteren</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Hand-out…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>Casusbestand &amp;openen…</translation>
    </message>
</context>
<context>
    <name>deelwijzer::DiagnosticsDialog</name>
    <message>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <source>Problems, one per line: file, line, column and message</source>
        <translation>Problemen, één per regel: bestand, regel, kolom en melding</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the problems to the clipboard</source>
        <translation>De problemen naar het klembord kopiëren</translation>
    </message>
</context>
<context>
    <name>deelwijzer::DocumentPrompts</name>
    <message>
        <source>Unsaved advice</source>
        <translation>Advies niet opgeslagen</translation>
    </message>
    <message>
        <source>Your advice has not been saved. Do you want to save it first?</source>
        <translation>Uw advies is niet opgeslagen. Wilt u het eerst opslaan?</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>advies</translation>
    </message>
    <message>
        <source>Save the advice</source>
        <translation>Het advies opslaan</translation>
    </message>
    <message>
        <source>Deelwijzer advice (*.yaml *.yml)</source>
        <translation>Deelwijzer-advies (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The advice could not be saved to %1:
%2</source>
        <translation>Het advies kon niet worden opgeslagen in %1:
%2</translation>
    </message>
    <message>
        <source>Open a saved advice</source>
        <translation>Een opgeslagen advies openen</translation>
    </message>
    <message>
        <source>Deelwijzer advice (*.yaml *.yml);;All files (*)</source>
        <translation>Deelwijzer-advies (*.yaml *.yml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The advice in %1 could not be opened. Nothing was changed.</source>
        <translation>Het advies in %1 kon niet worden geopend. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The unfinished advice could not be restored (it no longer fits the rules in use).</source>
        <translation>Het onafgemaakte advies kon niet worden hersteld (het past niet meer bij de regels in gebruik).</translation>
    </message>
    <message>
        <source>Unfinished advice</source>
        <translation>Onafgemaakt advies</translation>
    </message>
    <message>
        <source>An unfinished advice of %1 was kept after Deelwijzer was not closed normally. A new advice replaces it. Do you want to restore it instead?</source>
        <translation>Deelwijzer is niet normaal afgesloten; het onafgemaakte advies van %1 is bewaard. Een nieuw advies vervangt het. Wilt u het in plaats daarvan herstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore it</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Discard it and start anew</source>
        <translation>&amp;Weggooien en opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>deelwijzer::GlossaryLabel</name>
    <message>
        <source>Glossary term</source>
        <translation>Begrip</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
</context>
<context>
    <name>deelwijzer::GroundViewer</name>
    <message>
        <source>Law: %1</source>
        <translation>Wet: %1</translation>
    </message>
    <message>
        <source>This ground is uncertain: sources differ or the law is unsettled. Check it with your privacy officer or a lawyer.</source>
        <translation>Deze grondslag is onzeker: bronnen verschillen of het recht is nog niet uitgekristalliseerd. Overleg met uw privacyfunctionaris of een jurist.</translation>
    </message>
    <message>
        <source>Legal ground: %1</source>
        <translation>Grondslag: %1</translation>
    </message>
    <message>
        <source>Official text (&amp;link):</source>
        <translation>Officiële tekst (&amp;link):</translation>
    </message>
    <message>
        <source>Link to the official text</source>
        <translation>Link naar de officiële tekst</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Openen in &amp;browser</translation>
    </message>
    <message>
        <source>Opens the link in your web browser. Deelwijzer itself never goes online.</source>
        <translation>Opent de link in uw webbrowser. Deelwijzer zelf gaat nooit online.</translation>
    </message>
    <message>
        <source>Open the official text in your web browser</source>
        <translation>De officiële tekst openen in uw webbrowser</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Wat het betekent</translation>
    </message>
    <message>
        <source>Usual role: %1</source>
        <translation>Gebruikelijke rol: %1</translation>
    </message>
</context>
<context>
    <name>deelwijzer::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New advice</source>
        <translation>&amp;Nieuw advies</translation>
    </message>
    <message>
        <source>&amp;Open advice…</source>
        <translation>Advies &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF, ODT or HTML…</source>
        <translation>&amp;Exporteren als PDF, ODT of HTML…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Open rule-set &amp;folder…</source>
        <translation>&amp;Map met regels openen…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in rules</source>
        <translation>De &amp;ingebouwde regels gebruiken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>Antwoorden &amp;nakijken</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startpagina</translation>
    </message>
    <message>
        <source>Switch between route and &amp;question</source>
        <translation>Wisselen tussen &amp;route en vraag</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>Show the &amp;route</source>
        <translation>&amp;Route tonen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>About the &amp;rules in use</source>
        <translation>Over de &amp;regels in gebruik</translation>
    </message>
    <message>
        <source>&amp;About Deelwijzer</source>
        <translation>&amp;Over Deelwijzer</translation>
    </message>
</context>
<context>
    <name>deelwijzer::MainWindow</name>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>New advice</source>
        <translation>Nieuw advies</translation>
    </message>
</context>
<context>
    <name>deelwijzer::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>deelwijzer::PresenterView</name>
    <message>
        <source>The model answer</source>
        <translation>Het modelantwoord</translation>
    </message>
    <message>
        <source>Legal grounds:</source>
        <translation>Grondslagen:</translation>
    </message>
    <message>
        <source>Step %1 of %2 · Space or → reveal the next answer · ← hide it · Home/End · F11 full screen · Esc close</source>
        <translation>Stap %1 van %2 · Spatie of → toont het volgende antwoord · ← verbergt het · Home/End · F11 volledig scherm · Esc sluiten</translation>
    </message>
</context>
<context>
    <name>deelwijzer::QuestionPage</name>
    <message>
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Waarom we dit vragen</translation>
    </message>
    <message>
        <source>More explanation</source>
        <translation>Meer uitleg</translation>
    </message>
    <message>
        <source>Show more explanation</source>
        <translation>Meer uitleg tonen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Terug naar de vorige vraag</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Choose an answer first: Space picks the answer with the focus frame.</source>
        <translation>Kies eerst een antwoord: de spatiebalk kiest het antwoord met het focuskader.</translation>
    </message>
    <message>
        <source>Keys: Tab, arrows or first letters to move, Space to tick, Enter to go on</source>
        <translation>Toetsen: Tab, pijltjes of beginletters om te gaan, spatie om aan te vinken, Enter om verder te gaan</translation>
    </message>
    <message>
        <source>Keys: Tab, arrows or first letters to move, Space or 1–9 to choose, Enter to go on</source>
        <translation>Toetsen: Tab, pijltjes of beginletters om te gaan, spatie of 1–9 om te kiezen, Enter om verder te gaan</translation>
    </message>
</context>
<context>
    <name>deelwijzer::QuizWidget</name>
    <message>
        <source>This case has no narrative.</source>
        <translation>Deze casus heeft geen verhaal.</translation>
    </message>
    <message>
        <source>Which verdict do you expect? Choose before you walk the questions.</source>
        <translation>Welk oordeel verwacht u? Kies voordat u de vragen doorloopt.</translation>
    </message>
    <message>
        <source>Walk the questions</source>
        <translation>De vragen doorlopen</translation>
    </message>
    <message>
        <source>Show the model route in the rule tree</source>
        <translation>Toon de modelroute in de beslisboom</translation>
    </message>
    <message>
        <source>Handout of this case…</source>
        <translation>Hand-out van deze casus…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Choose the &amp;case for the quiz (Enter starts it):</source>
        <translation>Kies de &amp;casus voor de quiz (Enter start hem):</translation>
    </message>
    <message>
        <source>Cases for the quiz</source>
        <translation>Casussen voor de quiz</translation>
    </message>
    <message>
        <source>Start the quiz on this case</source>
        <translation>De quiz met deze casus starten</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReferenceField</name>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Case &amp;reference (optional)</source>
        <translation>&amp;Kenmerk van de zaak (optioneel)</translation>
    </message>
    <message>
        <source>for example your own file number</source>
        <translation>bijvoorbeeld uw eigen dossiernummer</translation>
    </message>
    <message>
        <source>Case reference (optional)</source>
        <translation>Kenmerk van de zaak (optioneel)</translation>
    </message>
    <message>
        <source>Printed on the advice. Never a name, date of birth, BSN, phone number or e-mail address.</source>
        <translation>Komt op het afgedrukte advies. Nooit een naam, geboortedatum, BSN, telefoonnummer of e-mailadres.</translation>
    </message>
    <message>
        <source>Re&amp;move the reference</source>
        <translation>Het kenmerk ver&amp;wijderen</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReportCommands</name>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>The advice was sent to the printer.</source>
        <translation>Het advies is naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReviewBookAction</name>
    <message>
        <source>Export revie&amp;w book…</source>
        <translation>&amp;Beoordelingsboek exporteren…</translation>
    </message>
    <message>
        <source>The whole rule set as one document for legal review and sign-off</source>
        <translation>De hele regelset als één document voor juridische beoordeling en ondertekening</translation>
    </message>
    <message>
        <source>Export review book</source>
        <translation>Beoordelingsboek exporteren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webpagina’s (*.html)</translation>
    </message>
    <message>
        <source>The review book could not be saved.

%1</source>
        <translation>Het beoordelingsboek kon niet worden opgeslagen.

%1</translation>
    </message>
    <message>
        <source>The earlier rules in %1 could not be loaded: %2</source>
        <translation>De eerdere regels in %1 konden niet worden geladen: %2</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReviewBookDialog</name>
    <message>
        <source>Export review book</source>
        <translation>Beoordelingsboek exporteren</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch and English</source>
        <translation>Nederlands en Engels</translation>
    </message>
    <message>
        <source>&amp;Language of the review book:</source>
        <translation>&amp;Taal van het beoordelingsboek:</translation>
    </message>
    <message>
        <source>&amp;Mark what changed since an earlier version of the rules</source>
        <translation>&amp;Markeren wat er veranderde sinds een eerdere versie van de regels</translation>
    </message>
    <message>
        <source>Folder of the earlier rules</source>
        <translation>Map van de eerdere regels</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReviewPage</name>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Change the answer to: %1</source>
        <translation>Wijzig het antwoord op: %1</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Kijk uw antwoorden na</translation>
    </message>
    <message>
        <source>These answers lead to the advice. Change any of them if needed; answers that still apply are kept.</source>
        <translation>Deze antwoorden leiden tot het advies. Wijzig er een als dat nodig is; antwoorden die nog van toepassing zijn, blijven bewaard.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Uw antwoorden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back to the last question</source>
        <translation>Terug naar de laatste vraag</translation>
    </message>
    <message>
        <source>Show the &amp;advice</source>
        <translation>Het &amp;advies tonen</translation>
    </message>
    <message>
        <source>Show the advice</source>
        <translation>Het advies tonen</translation>
    </message>
</context>
<context>
    <name>deelwijzer::RouteModel</name>
    <message>
        <source>%1. %2
→ %3</source>
        <translation>%1. %2
→ %3</translation>
    </message>
    <message>
        <source>%1. %2
→ (now)</source>
        <translation>%1. %2
→ (nu)</translation>
    </message>
    <message>
        <source>Your answers and the advice</source>
        <translation>Uw antwoorden en het advies</translation>
    </message>
    <message>
        <source>Go back to this question to change the answer</source>
        <translation>Ga terug naar deze vraag om het antwoord te wijzigen</translation>
    </message>
    <message>
        <source>Question %1: %2. Your answer: %3.%4 Press Enter to change it.</source>
        <translation>Vraag %1: %2. Uw antwoord: %3.%4 Druk op Enter om het te wijzigen.</translation>
    </message>
    <message>
        <source> (not sure)</source>
        <translation> (weet ik niet)</translation>
    </message>
    <message>
        <source>Question %1, now on screen: %2</source>
        <translation>Vraag %1, nu in beeld: %2</translation>
    </message>
</context>
<context>
    <name>deelwijzer::RoutePanel</name>
    <message>
        <source>Your route</source>
        <translation>Uw route</translation>
    </message>
    <message>
        <source>Click an answer to change it.</source>
        <translation>Klik op een antwoord om het te wijzigen.</translation>
    </message>
    <message>
        <source>Your answers so far</source>
        <translation>Uw antwoorden tot nu toe</translation>
    </message>
    <message>
        <source>Activate an answer to go back and change it.</source>
        <translation>Kies een antwoord om terug te gaan en het te wijzigen.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::RuleSetCommands</name>
    <message>
        <source>Open a rule-set folder</source>
        <translation>Een map met regels openen</translation>
    </message>
    <message>
        <source>the built-in rules</source>
        <translation>de ingebouwde regels</translation>
    </message>
    <message>
        <source>The rule set in %1 has errors and was not loaded.</source>
        <translation>De regels in %1 bevatten fouten en zijn niet geladen.</translation>
    </message>
    <message>
        <source>Deelwijzer keeps using the rules it had (%1 version %2).</source>
        <translation>Deelwijzer blijft de regels gebruiken die het had (%1 versie %2).</translation>
    </message>
    <message numerus="yes">
        <source>The rules loaded with %n warning(s).</source>
        <translation>
            <numerusform>De regels zijn geladen met %n waarschuwing.</numerusform>
            <numerusform>De regels zijn geladen met %n waarschuwingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deelwijzer::RuleSetController</name>
    <message>
        <source>The rule set could not be read.</source>
        <translation>De regels konden niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::SavedAdviceComparison</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>What the current rules advise for the same answers</source>
        <translation>Wat de huidige regels bij dezelfde antwoorden adviseren</translation>
    </message>
    <message>
        <source>Under the current rules the advice is %1.</source>
        <translation>Volgens de huidige regels is het advies %1.</translation>
    </message>
    <message>
        <source>The current rules ask a question these answers do not answer: “%1”. Answer it to see their advice.</source>
        <translation>De huidige regels stellen een vraag die deze antwoorden niet beantwoorden: “%1”. Beantwoord die om hun advies te zien.</translation>
    </message>
    <message>
        <source>The current rules do not accept the answer to “%1”; answer it again.</source>
        <translation>De huidige regels aanvaarden het antwoord op “%1” niet; beantwoord die vraag opnieuw.</translation>
    </message>
    <message>
        <source>This file does not record the advice as it was saved, so the two cannot be compared.</source>
        <translation>Dit bestand legt het advies bij het opslaan niet vast, dus de twee zijn niet te vergelijken.</translation>
    </message>
    <message>
        <source>When the advice was saved it was %1.</source>
        <translation>Bij het opslaan was het advies %1.</translation>
    </message>
    <message>
        <source>The advice has not changed.</source>
        <translation>Het advies is niet veranderd.</translation>
    </message>
    <message>
        <source>The verdict differs.</source>
        <translation>Het oordeel verschilt.</translation>
    </message>
    <message>
        <source>The verdict is the same, but the advice rests on another outcome.</source>
        <translation>Het oordeel is hetzelfde, maar het advies berust op een andere uitkomst.</translation>
    </message>
    <message>
        <source>Now also cited: %1.</source>
        <translation>Nu ook genoemd: %1.</translation>
    </message>
    <message>
        <source>No longer cited: %1.</source>
        <translation>Niet meer genoemd: %1.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::SessionNotices</name>
    <message>
        <source>This advice was saved under the rules %1 version %2. The rules in use now (%3 version %4) differ, so the advice shown follows the current rules and may differ from the saved one.</source>
        <translation>Dit advies is opgeslagen onder de regels %1 versie %2. De regels die nu in gebruik zijn (%3 versie %4) verschillen daarvan: het getoonde advies volgt de huidige regels en kan afwijken van het opgeslagen advies.</translation>
    </message>
    <message>
        <source>Deelwijzer could not keep your answers safe automatically (%1). If Deelwijzer or the computer stops now, they are lost. Save the advice yourself (Ctrl+S), if need be in another folder.</source>
        <translation>Deelwijzer kon uw antwoorden niet automatisch bewaren (%1). Als Deelwijzer of de computer nu stopt, zijn ze verloren. Bewaar het advies zelf (Ctrl+S), zo nodig in een andere map.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>Menu %1</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menu&apos;s</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + onderstreepte letter</translation>
    </message>
    <message>
        <source>Open a menu, or press the button whose letter is underlined</source>
        <translation>Een menu openen, of de knop indrukken waarvan de letter onderstreept is</translation>
    </message>
    <message>
        <source>Go to the menu bar</source>
        <translation>Naar de menubalk</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control; every control shows a focus frame</source>
        <translation>Volgend of vorig onderdeel; elk onderdeel toont een focuskader</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Press the button, tick the box or choose the answer with the focus</source>
        <translation>De knop indrukken, het vakje aanvinken of het antwoord met de focus kiezen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Press the button with the focus, or open the link with the focus</source>
        <translation>De knop met de focus indrukken, of de koppeling met de focus openen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog or viewer</source>
        <translation>Een venster of weergave sluiten</translation>
    </message>
    <message>
        <source>On a question</source>
        <translation>Bij een vraag</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Omhoog, Omlaag</translation>
    </message>
    <message>
        <source>Previous or next answer (once an answer is chosen, they choose as well)</source>
        <translation>Vorig of volgend antwoord (is er al een antwoord gekozen, dan kiezen ze ook)</translation>
    </message>
    <message>
        <source>First letters of an answer</source>
        <translation>Beginletters van een antwoord</translation>
    </message>
    <message>
        <source>Go to that answer; the same letter again goes to the next one</source>
        <translation>Naar dat antwoord; dezelfde letter nog eens gaat naar het volgende</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>First or last answer</source>
        <translation>Eerste of laatste antwoord</translation>
    </message>
    <message>
        <source>1 – 9</source>
        <translation>1 – 9</translation>
    </message>
    <message>
        <source>Choose the first to ninth answer</source>
        <translation>Het eerste tot en met negende antwoord kiezen</translation>
    </message>
    <message>
        <source>Choose the answer with the focus (tick or untick on a question with several answers)</source>
        <translation>Het antwoord met de focus kiezen (aan- of uitvinken bij een vraag met meer antwoorden)</translation>
    </message>
    <message>
        <source>Go on to the next question once an answer is chosen; never chooses one</source>
        <translation>Naar de volgende vraag zodra een antwoord gekozen is; kiest er nooit zelf een</translation>
    </message>
    <message>
        <source>On the advice and the review</source>
        <translation>Bij het advies en het overzicht</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Omhoog, Omlaag, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Scroll the advice</source>
        <translation>Door het advies schuiven</translation>
    </message>
    <message>
        <source>On the review: show the advice</source>
        <translation>Bij het overzicht: het advies tonen</translation>
    </message>
    <message>
        <source>Training window</source>
        <translation>Trainingsvenster</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Een casusbestand openen</translation>
    </message>
    <message>
        <source>Start the quiz on the chosen case</source>
        <translation>De quiz met de gekozen casus starten</translation>
    </message>
    <message>
        <source>Presenter view of the chosen case</source>
        <translation>Presentatieweergave van de gekozen casus</translation>
    </message>
    <message>
        <source>Export the handout as PDF</source>
        <translation>Het hand-out als PDF exporteren</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Het hand-out afdrukken</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3</source>
        <translation>Alt+1, Alt+2, Alt+3</translation>
    </message>
    <message>
        <source>Cases, quiz or rule tree</source>
        <translation>Casussen, quiz of beslisboom</translation>
    </message>
    <message>
        <source>+, −, Ctrl+0</source>
        <translation>+, −, Ctrl+0</translation>
    </message>
    <message>
        <source>Rule tree: zoom in, zoom out, fit</source>
        <translation>Beslisboom: inzoomen, uitzoomen, passend maken</translation>
    </message>
    <message>
        <source>Close the training window</source>
        <translation>Het trainingsvenster sluiten</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Presentatieweergave</translation>
    </message>
    <message>
        <source>Space, Enter, Right, Down, Page Down</source>
        <translation>Spatie, Enter, Rechts, Omlaag, Page Down</translation>
    </message>
    <message>
        <source>Show the next step</source>
        <translation>De volgende stap tonen</translation>
    </message>
    <message>
        <source>Backspace, Left, Up, Page Up</source>
        <translation>Backspace, Links, Omhoog, Page Up</translation>
    </message>
    <message>
        <source>Hide the last step</source>
        <translation>De laatste stap verbergen</translation>
    </message>
    <message>
        <source>No steps, all steps</source>
        <translation>Geen stappen, alle stappen</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Volledig scherm aan of uit</translation>
    </message>
    <message>
        <source>Close the presenter view</source>
        <translation>De presentatieweergave sluiten</translation>
    </message>
</context>
<context>
    <name>deelwijzer::StartPage</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Ask me every time</source>
        <translation>Elke keer vragen</translation>
    </message>
    <message>
        <source>No rule set is loaded.</source>
        <translation>Er zijn geen regels geladen.</translation>
    </message>
    <message>
        <source>built into Deelwijzer</source>
        <translation>ingebouwd in Deelwijzer</translation>
    </message>
    <message>
        <source>from the folder %1</source>
        <translation>uit de map %1</translation>
    </message>
    <message>
        <source>%1 (id %2, version %3), %4.</source>
        <translation>%1 (id %2, versie %3), %4.</translation>
    </message>
    <message>
        <source>Describes the law as of %1.</source>
        <translation>Beschrijft het recht per %1.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Status: %1. %2</source>
        <translation>Status: %1. %2</translation>
    </message>
    <message>
        <source>May I share this information?</source>
        <translation>Mag ik deze informatie delen?</translation>
    </message>
    <message>
        <source>Deelwijzer helps you decide whether, how and on which legal ground you may share personal data in a case of (possible) human trafficking. You answer questions about your role and the situation, one at a time; never about names.</source>
        <translation>Deelwijzer helpt u bepalen of, hoe en op welke grondslag u persoonsgegevens mag delen bij (mogelijke) mensenhandel. U beantwoordt vragen over uw rol en de situatie, één voor één; nooit over namen.</translation>
    </message>
    <message>
        <source>Deelwijzer was not closed normally. Your unfinished advice of %1 was kept. Do you want to continue it?</source>
        <translation>Deelwijzer is niet normaal afgesloten. Uw onafgemaakte advies van %1 is bewaard. Wilt u ermee verdergaan?</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Start a &amp;new advice</source>
        <translation>Een &amp;nieuw advies beginnen</translation>
    </message>
    <message>
        <source>&amp;Open a saved advice…</source>
        <translation>Een opgeslagen advies &amp;openen…</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Uw &amp;rol:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Uw rol</translation>
    </message>
    <message>
        <source>Filled in for you on every new advice; you can still change it in the advice.</source>
        <translation>Wordt bij elk nieuw advies voor u ingevuld; u kunt het in het advies nog wijzigen.</translation>
    </message>
    <message>
        <source>Recently saved advices</source>
        <translation>Onlangs opgeslagen adviezen</translation>
    </message>
    <message>
        <source>No saved advices yet.</source>
        <translation>Nog geen opgeslagen adviezen.</translation>
    </message>
    <message>
        <source>Rules in use</source>
        <translation>Regels in gebruik</translation>
    </message>
    <message>
        <source>Use rules from a &amp;folder…</source>
        <translation>Regels uit een &amp;map gebruiken…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in rules</source>
        <translation>De &amp;ingebouwde regels gebruiken</translation>
    </message>
    <message>
        <source>The advice supports your professional judgement; it does not replace it. When in doubt, ask your privacy officer (FG) or a lawyer.</source>
        <translation>Het advies ondersteunt uw professionele oordeel; het vervangt dat niet. Twijfelt u, vraag dan uw functionaris gegevensbescherming (FG) of een jurist.</translation>
    </message>
    <message>
        <source>&amp;Restore the unfinished advice</source>
        <translation>Het onafgemaakte advies &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Continue the current advice</source>
        <translation>&amp;Verder met het huidige advies</translation>
    </message>
</context>
<context>
    <name>deelwijzer::StatusLine</name>
    <message>
        <source>Kept safe automatically at %1</source>
        <translation>Automatisch bewaard om %1</translation>
    </message>
    <message>
        <source>Could not keep your answers safe: %1</source>
        <translation>Uw antwoorden konden niet automatisch worden bewaard: %1</translation>
    </message>
    <message>
        <source>Your unfinished advice was restored.</source>
        <translation>Uw onafgemaakte advies is hersteld.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Autosave status</source>
        <translation>Status van automatisch bewaren</translation>
    </message>
    <message>
        <source>Rules in use</source>
        <translation>Regels in gebruik</translation>
    </message>
    <message>
        <source>No rules loaded</source>
        <translation>Geen regels geladen</translation>
    </message>
    <message>
        <source>Rules: %1 %2 (%3)</source>
        <translation>Regels: %1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TermViewer</name>
    <message>
        <source>See also:</source>
        <translation>Zie ook:</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>Begrippenlijst: %1</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TrainingLauncher</name>
    <message>
        <source>Training: cases, quiz and the rule tree</source>
        <translation>Training: casussen, quiz en de beslisboom</translation>
    </message>
    <message>
        <source>Practise with worked cases, run a quiz for a group, present on a projector, or see the whole decision tree.</source>
        <translation>Oefen met uitgewerkte casussen, doe een quiz met een groep, presenteer op een beamer of bekijk de hele beslisboom.</translation>
    </message>
    <message>
        <source>Open training mode</source>
        <translation>Trainingsmodus openen</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Open &amp;training mode…</source>
        <translation>&amp;Trainingsmodus openen…</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TrainingWindow</name>
    <message>
        <source>Export handout</source>
        <translation>Hand-out exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Deelwijzer – training</source>
        <translation>Deelwijzer – training</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Rule tree</source>
        <translation>Beslisboom</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>Casusbestand &amp;openen…</translation>
    </message>
    <message>
        <source>Start &amp;quiz on the chosen case</source>
        <translation>&amp;Quiz starten met de gekozen casus</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>&amp;Presentatieweergave</translation>
    </message>
    <message>
        <source>&amp;Export handout as PDF…</source>
        <translation>Hand-out &amp;exporteren als pdf…</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>&amp;Hand-out afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Close training</source>
        <translation>Training &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casussen</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>&amp;Rule tree</source>
        <translation>&amp;Beslisboom</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TreeOverview</name>
    <message>
        <source>The rule tree could not be drawn: %1</source>
        <translation>De beslisboom kon niet worden getekend: %1</translation>
    </message>
    <message>
        <source>Why this is asked</source>
        <translation>Waarom dit gevraagd wordt</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>Meer uitleg</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Branches on answers already given, in order; the first that holds is taken.</source>
        <translation>Vertakt op eerder gegeven antwoorden, in volgorde; de eerste die klopt wordt genomen.</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Takken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Grondslagen</translation>
    </message>
    <message>
        <source>What the rules cannot decide</source>
        <translation>Wat de regels niet kunnen beslissen</translation>
    </message>
    <message>
        <source>Export rule tree as PDF poster</source>
        <translation>Beslisboom exporteren als pdf-poster</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export rule tree</source>
        <translation>Beslisboom exporteren</translation>
    </message>
    <message>
        <source>Export rule tree as PNG image</source>
        <translation>Beslisboom exporteren als png-afbeelding</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Whole tree</source>
        <translation>Hele boom</translation>
    </message>
    <message>
        <source>Export PDF poster…</source>
        <translation>Pdf-poster exporteren…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
    <message>
        <source>Drag to pan, Ctrl+wheel or +/− to zoom; click a node to read its text.</source>
        <translation>Sleep om te verschuiven, Ctrl+wiel of +/− om te zoomen; klik op een knoop om de tekst te lezen.</translation>
    </message>
    <message>
        <source>Click a question, decision or outcome to read its text here.</source>
        <translation>Klik op een vraag, beslissing of uitkomst om de tekst hier te lezen.</translation>
    </message>
    <message>
        <source>a decision on earlier answers</source>
        <translation>een beslissing op eerdere antwoorden</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Depends on earlier answers</source>
        <translation>Hangt af van eerdere antwoorden</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TreeScene</name>
    <message>
        <source>otherwise</source>
        <translation>anders</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ nog %n</numerusform>
            <numerusform>+ nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Deelwijzer rule tree: %1</source>
        <translation>Deelwijzer-beslisboom: %1</translation>
    </message>
    <message>
        <source>? Question (white)    ◇ Decision on earlier answers (grey, dashed)    Outcome: tinted, with the verdict&apos;s symbol    Thick orange: the current route</source>
        <translation>? Vraag (wit)    ◇ Beslissing op eerdere antwoorden (grijs, gestreept)    Uitkomst: gekleurd, met het symbool van het oordeel    Dik oranje: de huidige route</translation>
    </message>
    <message>
        <source>? Question</source>
        <translation>? Vraag</translation>
    </message>
    <message>
        <source>◇ Depends on the answers to</source>
        <translation>◇ Hangt af van de antwoorden op</translation>
    </message>
</context>
<context>
    <name>deelwijzer::VerdictBanner</name>
    <message>
        <source>Advice: %1</source>
        <translation>Advies: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Decide whether, how and on which legal ground you may share personal data.</source>
        <translation>Bepaal of, hoe en op welke grondslag u persoonsgegevens mag delen.</translation>
    </message>
    <message>
        <source>Use the rule set in &lt;folder&gt;.</source>
        <translation>De regels in &lt;folder&gt; gebruiken.</translation>
    </message>
    <message>
        <source>Language: nl or en.</source>
        <translation>Taal: nl of en.</translation>
    </message>
    <message>
        <source>Start a new advice.</source>
        <translation>Een nieuw advies beginnen.</translation>
    </message>
    <message>
        <source>Show this page of the opened advice: review or advice.</source>
        <translation>Deze pagina van het geopende advies tonen: review of advice.</translation>
    </message>
    <message>
        <source>Text size in percent (100-200).</source>
        <translation>Tekstgrootte in procenten (100-200).</translation>
    </message>
    <message>
        <source>Use the high-contrast palette.</source>
        <translation>Het kleurenschema met hoog contrast gebruiken.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1100x760.</source>
        <translation>Venstergrootte, bijvoorbeeld 1100x760.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit (for the documentation).</source>
        <translation>Een afbeelding van het venster opslaan in &lt;file&gt; en stoppen (voor de documentatie).</translation>
    </message>
    <message>
        <source>Quit once the window is shown (timing).</source>
        <translation>Stoppen zodra het venster getoond is (tijdmeting).</translation>
    </message>
    <message>
        <source>Keep settings in &lt;file&gt; (INI) instead of the usual place.</source>
        <translation>Bewaar instellingen in &lt;file&gt; (INI) in plaats van op de gebruikelijke plek.</translation>
    </message>
    <message>
        <source>A saved advice to open.</source>
        <translation>Een opgeslagen advies om te openen.</translation>
    </message>
    <message>
        <source>Unknown language %1: use nl or en.</source>
        <translation>Onbekende taal %1: gebruik nl of en.</translation>
    </message>
    <message>
        <source>Open training mode on a tab: cases, quiz or tree (with --screenshot: a picture of the training window).</source>
        <translation>Trainingsmodus openen op een tabblad: cases, quiz of tree (met --screenshot: een afbeelding van het trainingsvenster).</translation>
    </message>
</context>
</TS>
