<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>unsupported case-file format '%1' (this version reads format %2)</source>
        <translation>niet-ondersteunde casusbestandsversie '%1' (deze versie leest versie %2)</translation>
    </message>
    <message>
        <source>'sha256' must be 64 lowercase hexadecimal digits</source>
        <translation>'sha256' moet bestaan uit 64 hexadecimale cijfers in kleine letters</translation>
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
        <source>the answer to '%1' must be an answer id or a list of answer ids</source>
        <translation>het antwoord op '%1' moet een antwoord-id of een lijst van antwoord-id's zijn</translation>
    </message>
    <message>
        <source>'saved' must be a date and time like 2026-11-28T14:05:00Z</source>
        <translation>'saved' moet een datum en tijd zijn zoals 2026-11-28T14:05:00Z</translation>
    </message>
    <message>
        <source>a text or a text per language</source>
        <translation>een tekst of een tekst per taal</translation>
    </message>
    <message>
        <source>'%1' is not a language code like nl or en</source>
        <translation>'%1' is geen taalcode zoals nl of en</translation>
    </message>
    <message>
        <source>invalid verdict '%1'; use one of: %2</source>
        <translation>ongeldig oordeel '%1'; gebruik een van: %2</translation>
    </message>
    <message>
        <source>file is too large for a case file</source>
        <translation>bestand is te groot voor een casusbestand</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kan niet openen: %1</translation>
    </message>
    <message>
        <source>saved, but could not make the file private</source>
        <translation>opgeslagen, maar het bestand kon niet worden afgeschermd</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use the rule set in folder &lt;dir&gt; instead of the built-in one.</source>
        <translation>De regelset in map &lt;dir&gt; gebruiken in plaats van de ingebouwde.</translation>
    </message>
    <message>
        <source>Usage:
  deelwijzer-cli check [--rules DIR] [--strict]               validate a rule set and its cases
  deelwijzer-cli run CASE.yaml [--json] [--lang nl|en]        evaluate a case; print the advice
  deelwijzer-cli report CASE.yaml -o OUT.pdf|.odt|.html [--lang nl|en|both]
  deelwijzer-cli verify CASE.yaml CODE                        does this case give the advice with CODE?
  deelwijzer-cli test [--rules DIR] [--min-coverage PCT] [CASES...]
                                                               run the expect blocks of case files
  deelwijzer-cli --version | --help

Every command takes --rules DIR to use another rule set than the built-in one.
Exit codes: 0 success, 1 a check or expectation failed, 2 usage error,
3 the case does not answer enough questions, 4 unreadable or invalid input.
</source>
        <translation>Gebruik:
  deelwijzer-cli check [--rules MAP] [--strict]               een regelset en zijn casussen controleren
  deelwijzer-cli run CASUS.yaml [--json] [--lang nl|en]       een casus doorlopen; het advies tonen
  deelwijzer-cli report CASUS.yaml -o UIT.pdf|.odt|.html [--lang nl|en|both]
  deelwijzer-cli verify CASUS.yaml CODE                       geeft deze casus het advies met CODE?
  deelwijzer-cli test [--rules MAP] [--min-coverage PCT] [CASUSSEN...]
                                                               de expect-blokken van casusbestanden uitvoeren
  deelwijzer-cli --version | --help

Elke opdracht neemt --rules MAP om een andere regelset dan de ingebouwde te gebruiken.
Afsluitcodes: 0 gelukt, 1 een controle of verwachting mislukte, 2 verkeerd gebruik,
3 de casus beantwoordt te weinig vragen, 4 onleesbare of ongeldige invoer.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>geen opdracht gegeven</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>onbekende opdracht '%1'</translation>
    </message>
    <message>
        <source>deelwijzer-cli: the rule set in '%1' is invalid (errors: %2)</source>
        <translation>deelwijzer-cli: de regelset in '%1' is ongeldig (fouten: %2)</translation>
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
        <source>%1: rule set '%2' version %3 (%4): %5 questions, %6 decisions, %7 outcomes, %8 grounds, %9 glossary terms</source>
        <translation>%1: regelset '%2' versie %3 (%4): %5 vragen, %6 beslissingen, %7 uitkomsten, %8 grondslagen, %9 begrippen</translation>
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
        <source>--lang must be nl or en, not '%1'</source>
        <translation>--lang moet nl of en zijn, niet '%1'</translation>
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
        <source>the output must end in .pdf, .odt or .html, not '%1'</source>
        <translation>de uitvoer moet eindigen op .pdf, .odt of .html, niet '%1'</translation>
    </message>
    <message>
        <source>--lang must be nl, en or both, not '%1'</source>
        <translation>--lang moet nl, en of both zijn, niet '%1'</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: kan het rapport niet schrijven: %2</translation>
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
        <source>'%1' is not a valid verification code: check it for a typo (the form is XXXX-XXXX-XXXX)</source>
        <translation>'%1' is geen geldige controlecode: controleer hem op een tikfout (de vorm is XXXX-XXXX-XXXX)</translation>
    </message>
    <message>
        <source>OK: code %1 belongs to this case under rule set '%2' version %3: "%4" (outcome %5).</source>
        <translation>OK: code %1 hoort bij deze casus onder regelset '%2' versie %3: "%4" (uitkomst %5).</translation>
    </message>
    <message>
        <source>The code %1 belongs to this case under the rules it was saved with (version %2, fingerprint %3…), but the rules have changed since. Under the current rules (version %4) the advice is "%5" with code %6.</source>
        <translation>De code %1 hoort bij deze casus onder de regels waarmee hij werd opgeslagen (versie %2, vingerafdruk %3…), maar de regels zijn sindsdien veranderd. Onder de huidige regels (versie %4) is het advies "%5" met code %6.</translation>
    </message>
    <message>
        <source>MISMATCH: code %1 does not belong to this case under rule set '%2' version %3 (its code is %4).</source>
        <translation>GEEN MATCH: code %1 hoort niet bij deze casus onder regelset '%2' versie %3 (de code is %4).</translation>
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
        <source>no case files given and none in '%1'</source>
        <translation>geen casusbestanden opgegeven en geen in '%1'</translation>
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
        <source>has no 'expect' block</source>
        <translation>heeft geen 'expect'-blok</translation>
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
        <extracomment>%1 is a list such as "a name, a phone number"</extracomment>
        <translation>Dit lijkt op %1. Vul hier geen persoonsgegevens in: gebruik uw eigen zaaknummer.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export advice</source>
        <translation>Advies exporteren</translation>
    </message>
    <message>
        <source>PDF (PDF/A, for the file and for printing)</source>
        <translation>PDF (PDF/A, voor het dossier en om af te drukken)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, to edit in a word processor)</source>
        <translation>OpenDocument-tekst (ODT, te bewerken in een tekstverwerker)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webpagina (HTML)</translation>
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
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webpagina's (*.html *.htm)</translation>
    </message>
    <message>
        <source>The advice could not be saved.

%1</source>
        <translation>Het advies kon niet worden opgeslagen.

%1</translation>
    </message>
</context>
<context>
    <name>RuleSetLoader</name>
    <message>
        <source>the manifest</source>
        <translation>het manifest</translation>
    </message>
    <message>
        <source>the manifest has no 'ruleset' section</source>
        <translation>het manifest heeft geen sectie 'ruleset'</translation>
    </message>
    <message>
        <source>'languages' must name at least one language</source>
        <translation>'languages' moet ten minste één taal noemen</translation>
    </message>
    <message>
        <source>version '%1' is not of the form MAJOR.MINOR.PATCH</source>
        <translation>versie '%1' heeft niet de vorm MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>valid_to lies before valid_from</source>
        <translation>valid_to ligt vóór valid_from</translation>
    </message>
    <message>
        <source>unknown status '%1'; use one of: %2</source>
        <translation>onbekende status '%1'; gebruik een van: %2</translation>
    </message>
    <message>
        <source>'%1' must be a path inside the rule-set folder</source>
        <translation>'%1' moet een pad binnen de map met regels zijn</translation>
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
        <source>the 'ruleset' section belongs in ruleset.yaml only</source>
        <translation>de sectie 'ruleset' hoort alleen in ruleset.yaml</translation>
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
        <source>an entry of '%1'</source>
        <translation>een onderdeel van '%1'</translation>
    </message>
    <message>
        <source>duplicate %1 id '%2' (first defined at %3:%4:%5)</source>
        <translation>dubbele %1-id '%2' (eerst gedefinieerd op %3:%4:%5)</translation>
    </message>
    <message>
        <source>'%1' is a reserved word in conditions and cannot be a question id</source>
        <translation>'%1' is een gereserveerd woord in voorwaarden en kan geen vraag-id zijn</translation>
    </message>
    <message>
        <source>question type must be 'single' or 'multiple', not '%1'</source>
        <translation>het vraagtype moet 'single' of 'multiple' zijn, niet '%1'</translation>
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
        <source>'exclusive' only makes sense in a multiple-choice question</source>
        <translation>'exclusive' heeft alleen zin bij een meerkeuzevraag</translation>
    </message>
    <message>
        <source>answers of a multiple-choice question cannot have their own 'next'; route with a decision</source>
        <translation>antwoorden van een meerkeuzevraag kunnen geen eigen 'next' hebben; stuur de route met een beslissing</translation>
    </message>
    <message>
        <source>multiple-choice question '%1' needs a 'next'</source>
        <translation>meerkeuzevraag '%1' heeft een 'next' nodig</translation>
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
        <translation>een lijst met id's</translation>
    </message>
    <message>
        <source>invalid verdict '%1'; use one of: %2</source>
        <translation>ongeldig oordeel '%1'; gebruik een van: %2</translation>
    </message>
    <message>
        <source>law</source>
        <translation>wet</translation>
    </message>
    <message>
        <source>'%1' is not a BWB id (like BWBR0022463)</source>
        <translation>'%1' is geen BWB-id (zoals BWBR0022463)</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <source>ground status must be 'verified' or 'unsure', not '%1'</source>
        <translation>de status van een grondslag moet 'verified' of 'unsure' zijn, niet '%1'</translation>
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
        <source>no file matches '%1'</source>
        <translation>geen bestand past bij '%1'</translation>
    </message>
    <message>
        <source>folder does not exist</source>
        <translation>map bestaat niet</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>kan bestand niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>RuleSetStatus</name>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>reconstructed</source>
        <translation>gereconstrueerd</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>getoetst</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
</context>
<context>
    <name>RuleSetValidator</name>
    <message>
        <source>%1 '%2' does not exist (no question, decision or outcome has this id)</source>
        <translation>%1 '%2' bestaat niet (geen vraag, beslissing of uitkomst heeft deze id)</translation>
    </message>
    <message>
        <source>source '%1' does not exist</source>
        <translation>bron '%1' bestaat niet</translation>
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
        <source>answer '%1' of question '%2' leads nowhere: give it a 'next' or give the question one</source>
        <translation>antwoord '%1' van vraag '%2' leidt nergens heen: geef het een 'next' of geef de vraag er een</translation>
    </message>
    <message>
        <source>every answer of '%1' is exclusive; make it a single-choice question</source>
        <translation>elk antwoord van '%1' is exclusief; maak er een vraag met één antwoord van</translation>
    </message>
    <message>
        <source>condition tests '%1', which is not a question</source>
        <translation>voorwaarde toetst '%1', en dat is geen vraag</translation>
    </message>
    <message>
        <source>question '%1' has no answer '%2'</source>
        <translation>vraag '%1' heeft geen antwoord '%2'</translation>
    </message>
    <message>
        <source>'all' can never hold: question '%1' takes only one answer</source>
        <translation>'all' kan nooit gelden: vraag '%1' heeft maar één antwoord</translation>
    </message>
    <message>
        <source>'otherwise' node</source>
        <translation>'otherwise'-knoop</translation>
    </message>
    <message>
        <source>%1 '%2' does not exist</source>
        <translation>%1 '%2' bestaat niet</translation>
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
        <source>outcome '%1' says '%2' but cites no legal ground that always applies</source>
        <translation>uitkomst '%1' zegt '%2' maar noemt geen grondslag die altijd geldt</translation>
    </message>
    <message>
        <source>ground '%1' names law '%2', which is not in the law catalogue</source>
        <translation>grondslag '%1' noemt wet '%2', die niet in de wettenlijst staat</translation>
    </message>
    <message>
        <source>glossary term '%1' refers to '%2', which is not in the glossary</source>
        <translation>begrip '%1' verwijst naar '%2', dat niet in de begrippenlijst staat</translation>
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
        <source>'%1' can never be reached from the start node '%2'</source>
        <translation>'%1' is nooit bereikbaar vanaf het startpunt '%2'</translation>
    </message>
    <message>
        <source>%1 tests '%2', but not every route to '%3' asks '%2' first</source>
        <translation>%1 toetst '%2', maar niet elke route naar '%3' vraagt eerst '%2'</translation>
    </message>
    <message>
        <source>this branch</source>
        <translation>deze tak</translation>
    </message>
    <message>
        <source>the citation of '%1'</source>
        <translation>de aanhaling van '%1'</translation>
    </message>
    <message>
        <source>condition '%1' is not used by any outcome</source>
        <translation>voorwaarde '%1' wordt door geen enkele uitkomst gebruikt</translation>
    </message>
    <message>
        <source>action '%1' is not used by any outcome</source>
        <translation>actie '%1' wordt door geen enkele uitkomst gebruikt</translation>
    </message>
    <message>
        <source>law '%1' is not named by any ground</source>
        <translation>wet '%1' wordt door geen enkele grondslag genoemd</translation>
    </message>
    <message>
        <source>source '%1' is not cited anywhere</source>
        <translation>bron '%1' wordt nergens aangehaald</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>%1 must be a mapping (key: value), not %2</source>
        <translation>%1 moet een mapping (sleutel: waarde) zijn, niet %2</translation>
    </message>
    <message>
        <source>%1 is missing '%2'</source>
        <translation>%1 mist '%2'</translation>
    </message>
    <message>
        <source>'%1' of %2 is empty</source>
        <translation>'%1' van %2 is leeg</translation>
    </message>
    <message>
        <source>unknown key '%1' in %2; did you mean '%3'?</source>
        <translation>onbekende sleutel '%1' in %2; bedoelde u '%3'?</translation>
    </message>
    <message>
        <source>unknown key '%1' in %2 (allowed: %3)</source>
        <translation>onbekende sleutel '%1' in %2 (toegestaan: %3)</translation>
    </message>
    <message>
        <source>'%1' must be %2, not %3</source>
        <translation>'%1' moet %2 zijn, niet %3</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>één waarde</translation>
    </message>
    <message>
        <source>invalid %1 '%2': use lowercase letters, digits, '-' and '_'</source>
        <translation>ongeldige %1 '%2': gebruik kleine letters, cijfers, '-' en '_'</translation>
    </message>
    <message>
        <source>a list of ids</source>
        <translation>een lijst met id's</translation>
    </message>
    <message>
        <source>'%1' appears twice in '%2'</source>
        <translation>'%1' komt twee keer voor in '%2'</translation>
    </message>
    <message>
        <source>'%1' must be a date like 2026-09-01, not '%2'</source>
        <translation>'%1' moet een datum zijn zoals 2026-09-01, niet '%2'</translation>
    </message>
    <message>
        <source>'%1' needs a text per language, like {%2}</source>
        <translation>'%1' heeft een tekst per taal nodig, zoals {%2}</translation>
    </message>
    <message>
        <source>unknown language '%1' in '%2' (the rule set's languages: %3)</source>
        <translation>onbekende taal '%1' in '%2' (de talen van de regelset: %3)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>the %1 text of '%2' is empty</source>
        <translation>de %1-tekst van '%2' is leeg</translation>
    </message>
    <message>
        <source>'%1' has no %2 translation</source>
        <translation>'%1' heeft geen vertaling in %2</translation>
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
        <source>invalid question id '%1' in condition</source>
        <translation>ongeldige vraag-id '%1' in voorwaarde</translation>
    </message>
    <message>
        <source>use exactly one of 'any', 'all' or 'none' for '%1'</source>
        <translation>gebruik precies één van 'any', 'all' of 'none' voor '%1'</translation>
    </message>
    <message>
        <source>condition on '%1'</source>
        <translation>voorwaarde op '%1'</translation>
    </message>
    <message>
        <source>answer id</source>
        <translation>antwoord-id</translation>
    </message>
    <message>
        <source>an answer id or a list of answer ids</source>
        <translation>een antwoord-id of een lijst van antwoord-id's</translation>
    </message>
    <message>
        <source>'%1' must be a web address starting with https://</source>
        <translation>'%1' moet een webadres zijn dat begint met https://</translation>
    </message>
    <message>
        <source>'%1' must be true or false</source>
        <translation>'%1' moet true of false zijn</translation>
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
        <source>'[[' without closing ']]'</source>
        <translation>'[[' zonder afsluitende ']]'</translation>
    </message>
    <message>
        <source>'[[' inside a link</source>
        <translation>'[[' binnen een link</translation>
    </message>
    <message>
        <source>a link '[[...]]' without a target</source>
        <translation>een link '[[...]]' zonder doel</translation>
    </message>
    <message>
        <source>a link '[[%1|]]' with no words after '|'</source>
        <translation>een link '[[%1|]]' zonder woorden na '|'</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <source>file is too large (%1 MiB; at most %2 MiB)</source>
        <translation>bestand is te groot (%1 MiB; hoogstens %2 MiB)</translation>
    </message>
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
        <source>duplicate key '%1'</source>
        <translation>dubbele sleutel '%1'</translation>
    </message>
</context>
<context>
    <name>deelwijzer</name>
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
</context>
<context>
    <name>deelwijzer::AdvicePage</name>
    <message>
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Grondslagen</translation>
    </message>
    <message>
        <source>Show the legal ground: text, meaning and official source</source>
        <translation>De grondslag tonen: tekst, betekenis en officiële bron</translation>
    </message>
    <message>
        <source>Legal ground %1: show details</source>
        <translation>Grondslag %1: details tonen</translation>
    </message>
    <message>
        <source>This ground is uncertain: check it with your privacy officer or lawyer.</source>
        <translation>Deze grondslag is onzeker: overleg met uw privacyfunctionaris of een jurist.</translation>
    </message>
    <message>
        <source>Conditions: check each one before you share</source>
        <translation>Voorwaarden: loop ze alle na voordat u deelt</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wat u nu doet</translation>
    </message>
    <message>
        <source>What Deelwijzer cannot decide for you</source>
        <translation>Wat Deelwijzer niet voor u kan beslissen</translation>
    </message>
    <message>
        <source>You answered "not sure"</source>
        <translation>U antwoordde "weet ik niet"</translation>
    </message>
    <message>
        <source>This advice rests partly on facts you did not know. Find them out if you can, and change the answer: the advice may then be different.</source>
        <translation>Dit advies berust deels op feiten die u niet wist. Zoek ze uit als dat kan en wijzig het antwoord: het advies kan dan anders worden.</translation>
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
    <message numerus="yes">
        <source>Why this advice (%n step(s))</source>
        <translation><numerusform>Waarom dit advies (%n stap)</numerusform><numerusform>Waarom dit advies (%n stappen)</numerusform></translation>
    </message>
    <message>
        <source>Why this advice</source>
        <translation>Waarom dit advies</translation>
    </message>
    <message>
        <source>Rules: %1, version %2 (%3). Fingerprint %4. Verification code %5. %6</source>
        <translation>Regels: %1, versie %2 (%3). Vingerafdruk %4. Controlecode %5. %6</translation>
    </message>
    <message>
        <source>This advice supports your professional judgement; it does not replace it. Record what you decided and why.</source>
        <translation>Dit advies ondersteunt uw professionele oordeel; het vervangt dat niet. Leg vast wat u besloot en waarom.</translation>
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
        <source>this case was written for rule set '%1', not '%2'</source>
        <translation>deze casus is geschreven voor regelset '%1', niet '%2'</translation>
    </message>
    <message>
        <source>the rules have changed since this case was saved (saved under version %1, fingerprint %2…; now version %3, fingerprint %4…)</source>
        <translation>de regels zijn veranderd sinds deze casus werd opgeslagen (opgeslagen onder versie %1, vingerafdruk %2…; nu versie %3, vingerafdruk %4…)</translation>
    </message>
    <message>
        <source>unknown question '%1': the rules never ask it</source>
        <translation>onbekende vraag '%1': de regels stellen die nooit</translation>
    </message>
    <message>
        <source>invalid answer to '%1': %2</source>
        <translation>ongeldig antwoord op '%1': %2</translation>
    </message>
    <message>
        <source>the answer to '%1' is not used: the route does not ask it</source>
        <translation>het antwoord op '%1' wordt niet gebruikt: de route vraagt er niet naar</translation>
    </message>
    <message>
        <source>'current' names '%1', which is not a question</source>
        <translation>'current' noemt '%1', en dat is geen vraag</translation>
    </message>
    <message>
        <source>expected outcome '%1' does not exist</source>
        <translation>verwachte uitkomst '%1' bestaat niet</translation>
    </message>
    <message>
        <source>expected ground '%1' does not exist</source>
        <translation>verwachte grondslag '%1' bestaat niet</translation>
    </message>
    <message>
        <source>expected condition '%1' does not exist</source>
        <translation>verwachte voorwaarde '%1' bestaat niet</translation>
    </message>
    <message>
        <source>expected route names '%1', which is not a question</source>
        <translation>de verwachte route noemt '%1', en dat is geen vraag</translation>
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
</context>
<context>
    <name>deelwijzer::MainWindow</name>
    <message>
        <source>Kept safe automatically at %1</source>
        <translation>Automatisch bewaard om %1</translation>
    </message>
    <message>
        <source>Could not keep your answers safe: %1</source>
        <translation>Uw antwoorden konden niet automatisch worden bewaard: %1</translation>
    </message>
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
        <source>Switch between &amp;route and question</source>
        <translation>Wisselen tussen &amp;route en vraag</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
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
        <source>About the &amp;rules in use</source>
        <translation>Over de &amp;regels in gebruik</translation>
    </message>
    <message>
        <source>&amp;About Deelwijzer</source>
        <translation>&amp;Over Deelwijzer</translation>
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
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>No rules loaded</source>
        <translation>Geen regels geladen</translation>
    </message>
    <message>
        <source>Rules: %1 %2 (%3)</source>
        <translation>Regels: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>New advice</source>
        <translation>Nieuw advies</translation>
    </message>
    <message>
        <source>An answer does not fit the rules in use (%1). Please answer this question again.</source>
        <translation>Een antwoord past niet bij de regels in gebruik (%1). Beantwoord deze vraag opnieuw.</translation>
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
        <source>This advice was saved under the rules %1 version %2. The rules in use now (%3 version %4) differ, so the advice shown follows the current rules and may differ from the saved one.</source>
        <translation>Dit advies is opgeslagen onder de regels %1 versie %2. De regels die nu in gebruik zijn (%3 versie %4) verschillen daarvan: het getoonde advies volgt de huidige regels en kan afwijken van het opgeslagen advies.</translation>
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
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>The unfinished advice could not be restored (it no longer fits the rules in use).</source>
        <translation>Het onafgemaakte advies kon niet worden hersteld (het past niet meer bij de regels in gebruik).</translation>
    </message>
    <message>
        <source>Your unfinished advice was restored.</source>
        <translation>Uw onafgemaakte advies is hersteld.</translation>
    </message>
    <message>
        <source>Unsaved advice</source>
        <translation>Advies niet opgeslagen</translation>
    </message>
    <message>
        <source>Your advice has not been saved. Do you want to save it first?</source>
        <translation>Uw advies is niet opgeslagen. Wilt u het eerst opslaan?</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>The advice was sent to the printer.</source>
        <translation>Het advies is naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Open a rule-set folder</source>
        <translation>Een map met regels openen</translation>
    </message>
    <message numerus="yes">
        <source>The rules loaded with %n warning(s).</source>
        <translation><numerusform>De regels zijn geladen met %n waarschuwing.</numerusform><numerusform>De regels zijn geladen met %n waarschuwingen.</numerusform></translation>
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
        <source>Not sure?</source>
        <translation>Weet u het niet zeker?</translation>
    </message>
    <message>
        <source>"Not sure" is an honest answer. Deelwijzer will not guess: the advice then tells you what to find out or whom to consult.</source>
        <translation>"Weet ik niet" is een eerlijk antwoord. Deelwijzer gaat niet gokken: het advies zegt dan wat u moet uitzoeken of wie u kunt raadplegen.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <source>Filled in from your role. Choose another answer if it is different this time.</source>
        <translation>Ingevuld vanuit uw rol. Kies een ander antwoord als het deze keer anders is.</translation>
    </message>
    <message>
        <source>Keys: arrows or 1–9 to choose, Enter to go on</source>
        <translation>Toetsen: pijltjes of 1–9 om te kiezen, Enter om verder te gaan</translation>
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
        <source>Keys: Tab or arrows to move, Space to tick, Enter to go on</source>
        <translation>Toetsen: Tab of pijltjes om te bewegen, spatie om aan te vinken, Enter om verder te gaan</translation>
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
</context>
<context>
    <name>deelwijzer::ReviewPage</name>
    <message>
        <source>not sure</source>
        <translation>weet ik niet</translation>
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
    <name>deelwijzer::RuleSetController</name>
    <message>
        <source>The rule set could not be read.</source>
        <translation>De regels konden niet worden gelezen.</translation>
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
        <source>&amp;Continue unfinished advice</source>
        <translation>&amp;Doorgaan met het onafgemaakte advies</translation>
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
    <name>deelwijzer::YamlDocument</name>
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
</context>
</TS>
