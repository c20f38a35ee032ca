<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBoxes</name>
    <message>
        <source>Id %1, version %2, status %3.</source>
        <translation>Id %1, version %2, status %3.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Fingerprint (SHA-256): %1</translation>
    </message>
    <message>
        <source>About the rules in use</source>
        <translation>About the rules in use</translation>
    </message>
    <message>
        <source>About Deelwijzer</source>
        <translation>About Deelwijzer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deelwijzer %1&lt;/h3&gt;&lt;p&gt;Helps professionals decide whether, how and on which legal ground they may share personal data in a case of human trafficking.&lt;/p&gt;&lt;p&gt;Deelwijzer works entirely on this computer: it never goes online and stores your files readable by you alone. The advice supports your professional judgement; it does not replace it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deelwijzer %1&lt;/h3&gt;&lt;p&gt;Helps professionals decide whether, how and on which legal ground they may share personal data in a case of human trafficking.&lt;/p&gt;&lt;p&gt;Deelwijzer works entirely on this computer: it never goes online and stores your files readable by you alone. The advice supports your professional judgement; it does not replace it.&lt;/p&gt;</translation>
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
        <translation>Your answer to %1 was given for your earlier answer to %2, which you changed; it must be asked again for the new one.</translation>
    </message>
    <message>
        <source>You changed your answer to %1.</source>
        <translation>You changed your answer to %1.</translation>
    </message>
    <message>
        <source>Kept, because they still apply: %1.</source>
        <translation>Kept, because they still apply: %1.</translation>
    </message>
    <message>
        <source>No longer asked on this route (kept in case you change back): %1.</source>
        <translation>No longer asked on this route (kept in case you change back): %1.</translation>
    </message>
    <message>
        <source>Every question on the route is answered: check the answers below, then open the advice.</source>
        <translation>Every question on the route is answered: check the answers below, then open the advice.</translation>
    </message>
    <message>
        <source>Your saved answer to %1 was given for other answers to %2 than the ones saved now; it no longer holds and is asked again.</source>
        <translation>Your saved answer to %1 was given for other answers to %2 than the ones saved now; it no longer holds and is asked again.</translation>
    </message>
    <message>
        <source>Your answer to %1 was given for your earlier answer to this question; it must be asked again for the new one.</source>
        <translation>Your answer to %1 was given for your earlier answer to this question; it must be asked again for the new one.</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>a case file</source>
        <translation>a case file</translation>
    </message>
    <message>
        <source>the case file</source>
        <translation>the case file</translation>
    </message>
    <message>
        <source>unsupported case-file format &apos;%1&apos; (this version reads format %2)</source>
        <translation>unsupported case-file format &apos;%1&apos; (this version reads format %2)</translation>
    </message>
    <message>
        <source>&apos;sha256&apos; must be 64 lowercase hexadecimal digits</source>
        <translation>&apos;sha256&apos; must be 64 lowercase hexadecimal digits</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>question id</translation>
    </message>
    <message>
        <source>answer id</source>
        <translation>answer id</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; must be an answer id or a list of answer ids</source>
        <translation>the answer to &apos;%1&apos; must be an answer id or a list of answer ids</translation>
    </message>
    <message>
        <source>&apos;saved&apos; must be a date and time like 2026-11-28T14:05:00Z</source>
        <translation>&apos;saved&apos; must be a date and time like 2026-11-28T14:05:00Z</translation>
    </message>
    <message>
        <source>a text or a text per language</source>
        <translation>a text or a text per language</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code like nl or en</source>
        <translation>&apos;%1&apos; is not a language code like nl or en</translation>
    </message>
    <message>
        <source>invalid verdict &apos;%1&apos;; use one of: %2</source>
        <translation>invalid verdict &apos;%1&apos;; use one of: %2</translation>
    </message>
    <message>
        <source>cannot read the case file: %1</source>
        <translation>cannot read the case file: %1</translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos;; use one of: %2</source>
        <translation>unknown verdict &apos;%1&apos;; use one of: %2</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Art. %1</source>
        <translation>Art. %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>paragraph</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>point</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>subpoint</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>law, provision</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use the rule set in folder &lt;dir&gt; instead of the built-in one.</source>
        <translation>Use the rule set in folder &lt;dir&gt; instead of the built-in one.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deelwijzer-cli: the rule set in &apos;%1&apos; is invalid (errors: %2)</source>
        <translation>deelwijzer-cli: the rule set in &apos;%1&apos; is invalid (errors: %2)</translation>
    </message>
    <message>
        <source>Treat warnings as failures.</source>
        <translation>Treat warnings as failures.</translation>
    </message>
    <message>
        <source>check takes no file names; use --rules DIR</source>
        <translation>check takes no file names; use --rules DIR</translation>
    </message>
    <message>
        <source>%1: invalid; errors: %2, warnings: %3</source>
        <translation>%1: invalid; errors: %2, warnings: %3</translation>
    </message>
    <message>
        <source>%1: rule set &apos;%2&apos; version %3 (%4): %5 questions, %6 decisions, %7 outcomes, %8 grounds, %9 glossary terms</source>
        <translation>%1: rule set &apos;%2&apos; version %3 (%4): %5 questions, %6 decisions, %7 outcomes, %8 grounds, %9 glossary terms</translation>
    </message>
    <message>
        <source>cases checked: %1; errors: %2, warnings: %3</source>
        <translation>cases checked: %1; errors: %2, warnings: %3</translation>
    </message>
    <message>
        <source>fingerprint: %1</source>
        <translation>fingerprint: %1</translation>
    </message>
    <message>
        <source>Print the advice as one JSON object.</source>
        <translation>Print the advice as one JSON object.</translation>
    </message>
    <message>
        <source>Language of the advice: nl (default) or en.</source>
        <translation>Language of the advice: nl (default) or en.</translation>
    </message>
    <message>
        <source>run takes exactly one case file</source>
        <translation>run takes exactly one case file</translation>
    </message>
    <message>
        <source>--lang must be nl or en, not &apos;%1&apos;</source>
        <translation>--lang must be nl or en, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the case does not answer enough questions; next question: %2</source>
        <translation>%1: the case does not answer enough questions; next question: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write the report to &lt;file&gt; (.pdf, .odt or .html).</source>
        <translation>Write the report to &lt;file&gt; (.pdf, .odt or .html).</translation>
    </message>
    <message>
        <source>Language of the report: nl (default), en or both.</source>
        <translation>Language of the report: nl (default), en or both.</translation>
    </message>
    <message>
        <source>A case reference to print (no personal data).</source>
        <translation>A case reference to print (no personal data).</translation>
    </message>
    <message>
        <source>report takes exactly one case file</source>
        <translation>report takes exactly one case file</translation>
    </message>
    <message>
        <source>report needs -o OUT.pdf, OUT.odt or OUT.html</source>
        <translation>report needs -o OUT.pdf, OUT.odt or OUT.html</translation>
    </message>
    <message>
        <source>--lang must be nl, en or both, not &apos;%1&apos;</source>
        <translation>--lang must be nl, en or both, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrote %1 (verification code %2)</source>
        <translation>wrote %1 (verification code %2)</translation>
    </message>
    <message>
        <source>verify takes a case file and a code</source>
        <translation>verify takes a case file and a code</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid verification code: check it for a typo (the form is XXXX-XXXX-XXXX)</source>
        <translation>&apos;%1&apos; is not a valid verification code: check it for a typo (the form is XXXX-XXXX-XXXX)</translation>
    </message>
    <message>
        <source>OK: code %1 belongs to this case under rule set &apos;%2&apos; version %3: &quot;%4&quot; (outcome %5).</source>
        <translation>OK: code %1 belongs to this case under rule set &apos;%2&apos; version %3: &quot;%4&quot; (outcome %5).</translation>
    </message>
    <message>
        <source>The code %1 belongs to this case under the rules it was saved with (version %2, fingerprint %3…), but the rules have changed since. Under the current rules (version %4) the advice is &quot;%5&quot; with code %6.</source>
        <translation>The code %1 belongs to this case under the rules it was saved with (version %2, fingerprint %3…), but the rules have changed since. Under the current rules (version %4) the advice is &quot;%5&quot; with code %6.</translation>
    </message>
    <message>
        <source>MISMATCH: code %1 does not belong to this case under rule set &apos;%2&apos; version %3 (its code is %4).</source>
        <translation>MISMATCH: code %1 does not belong to this case under rule set &apos;%2&apos; version %3 (its code is %4).</translation>
    </message>
    <message>
        <source>Note: the rules have changed since this case was saved (version %1 then, %2 now).</source>
        <translation>Note: the rules have changed since this case was saved (version %1 then, %2 now).</translation>
    </message>
    <message>
        <source>Fail unless at least &lt;pct&gt; percent of the outcomes are reached.</source>
        <translation>Fail unless at least &lt;pct&gt; percent of the outcomes are reached.</translation>
    </message>
    <message>
        <source>--min-coverage takes a percentage from 0 to 100</source>
        <translation>--min-coverage takes a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>no case files given and none in &apos;%1&apos;</source>
        <translation>no case files given and none in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>does not answer enough questions; next question: %1</source>
        <translation>does not answer enough questions; next question: %1</translation>
    </message>
    <message>
        <source>verdict is %1, expected %2</source>
        <translation>verdict is %1, expected %2</translation>
    </message>
    <message>
        <source>outcome is %1, expected %2</source>
        <translation>outcome is %1, expected %2</translation>
    </message>
    <message>
        <source>ground %1 missing (advice cites: %2)</source>
        <translation>ground %1 missing (advice cites: %2)</translation>
    </message>
    <message>
        <source>condition %1 missing</source>
        <translation>condition %1 missing</translation>
    </message>
    <message>
        <source>route is [%1], expected [%2]</source>
        <translation>route is [%1], expected [%2]</translation>
    </message>
    <message>
        <source>has no &apos;expect&apos; block</source>
        <translation>has no &apos;expect&apos; block</translation>
    </message>
    <message>
        <source>outcome coverage: %1 of %2 outcomes reached (%3%)</source>
        <translation>outcome coverage: %1 of %2 outcomes reached (%3%)</translation>
    </message>
    <message>
        <source>not reached by any case: %1</source>
        <translation>not reached by any case: %1</translation>
    </message>
    <message>
        <source>cases: %1 passed, %2 failed</source>
        <translation>cases: %1 passed, %2 failed</translation>
    </message>
    <message>
        <source>outcome coverage %1% is below the required %2%</source>
        <translation>outcome coverage %1% is below the required %2%</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: deelwijzer-cli %1 [options] %2</source>
        <translation>Usage: deelwijzer-cli %1 [options] %2</translation>
    </message>
    <message>
        <source>deelwijzer-cli: warning: the case reference printed on the report: %1</source>
        <translation>deelwijzer-cli: warning: the case reference printed on the report: %1</translation>
    </message>
    <message>
        <source>deelwijzer-cli: the report was not written: %1</source>
        <translation>deelwijzer-cli: the report was not written: %1</translation>
    </message>
    <message>
        <source>Language of the answer: nl (default) or en.</source>
        <translation>Language of the answer: nl (default) or en.</translation>
    </message>
    <message>
        <source>The code belongs to the same case with one answer changed: to &quot;%1&quot; this case answers &quot;%2&quot;, the code was made with &quot;%3&quot; (advice: &quot;%4&quot;).</source>
        <translation>The code belongs to the same case with one answer changed: to &quot;%1&quot; this case answers &quot;%2&quot;, the code was made with &quot;%3&quot; (advice: &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>No single changed answer gives this code: it belongs to another case, or more than one answer differs.</source>
        <translation>No single changed answer gives this code: it belongs to another case, or more than one answer differs.</translation>
    </message>
    <message>
        <source>the output must end in %1, not &apos;%2&apos;</source>
        <translation>the output must end in %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Also replay the case files and saved advices in folder &lt;dir&gt; (may be given more than once).</source>
        <translation>Also replay the case files and saved advices in folder &lt;dir&gt; (may be given more than once).</translation>
    </message>
    <message>
        <source>Print the changes and the replayed cases as one JSON object.</source>
        <translation>Print the changes and the replayed cases as one JSON object.</translation>
    </message>
    <message>
        <source>Language of the output: nl (default) or en.</source>
        <translation>Language of the output: nl (default) or en.</translation>
    </message>
    <message>
        <source>diff takes two rule-set folders: the old one and the new one</source>
        <translation>diff takes two rule-set folders: the old one and the new one</translation>
    </message>
    <message>
        <source>deelwijzer-cli: &apos;%1&apos; is not a folder</source>
        <translation>deelwijzer-cli: &apos;%1&apos; is not a folder</translation>
    </message>
    <message>
        <source>Write the review book to &lt;file&gt; (.pdf or .html).</source>
        <translation>Write the review book to &lt;file&gt; (.pdf or .html).</translation>
    </message>
    <message>
        <source>Language of the book: nl (default), en or both.</source>
        <translation>Language of the book: nl (default), en or both.</translation>
    </message>
    <message>
        <source>book takes no file names; use --rules DIR and -o BOOK.pdf</source>
        <translation>book takes no file names; use --rules DIR and -o BOOK.pdf</translation>
    </message>
    <message>
        <source>book needs -o BOOK.pdf or BOOK.html</source>
        <translation>book needs -o BOOK.pdf or BOOK.html</translation>
    </message>
    <message>
        <source>the book must end in .pdf or .html, not &apos;%1&apos;</source>
        <translation>the book must end in .pdf or .html, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deelwijzer-cli: the review book was not written: %1</source>
        <translation>deelwijzer-cli: the review book was not written: %1</translation>
    </message>
    <message>
        <source>wrote %1 (rule set &apos;%2&apos; version %3, fingerprint %4)</source>
        <translation>wrote %1 (rule set &apos;%2&apos; version %3, fingerprint %4)</translation>
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
        <translation>Usage:
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
</translation>
    </message>
    <message>
        <source>Mark what changed since the earlier rule set in folder &lt;dir&gt;.</source>
        <translation>Mark what changed since the earlier rule set in folder &lt;dir&gt;.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>DiffWriter</name>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>law</source>
        <translation>law</translation>
    </message>
    <message>
        <source>legal ground</source>
        <translation>legal ground</translation>
    </message>
    <message>
        <source>glossary term</source>
        <translation>glossary term</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>next step</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>changed %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>before:</source>
        <translation>before:</translation>
    </message>
    <message>
        <source>after: </source>
        <translation>after: </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (outcome %2)</source>
        <translation>&quot;%1&quot; (outcome %2)</translation>
    </message>
    <message>
        <source>grounds: %1</source>
        <translation>grounds: %1</translation>
    </message>
    <message>
        <source>no advice: question &apos;%1&apos; is unanswered</source>
        <translation>no advice: question &apos;%1&apos; is unanswered</translation>
    </message>
    <message>
        <source>no advice: %1</source>
        <translation>no advice: %1</translation>
    </message>
    <message>
        <source>Old rules: %1 version %2 (fingerprint %3…)</source>
        <translation>Old rules: %1 version %2 (fingerprint %3…)</translation>
    </message>
    <message>
        <source>New rules: %1 version %2 (fingerprint %3…)</source>
        <translation>New rules: %1 version %2 (fingerprint %3…)</translation>
    </message>
    <message>
        <source>The rules have the same content.</source>
        <translation>The rules have the same content.</translation>
    </message>
    <message>
        <source>Changes to the rules: %1</source>
        <translation>Changes to the rules: %1</translation>
    </message>
    <message>
        <source>Cases replayed: %1; advice changed: %2</source>
        <translation>Cases replayed: %1; advice changed: %2</translation>
    </message>
    <message>
        <source>grounds added: %1</source>
        <translation>grounds added: %1</translation>
    </message>
    <message>
        <source>grounds removed: %1</source>
        <translation>grounds removed: %1</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>no answer given</source>
        <translation>no answer given</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; takes one answer, not %2</source>
        <translation>question &apos;%1&apos; takes one answer, not %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer to &apos;%2&apos; (answers: %3)</source>
        <translation>&apos;%1&apos; is not an answer to &apos;%2&apos; (answers: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice</source>
        <translation>&apos;%1&apos; is given twice</translation>
    </message>
    <message>
        <source>an exclusive answer of &apos;%1&apos; cannot be combined with others</source>
        <translation>an exclusive answer of &apos;%1&apos; cannot be combined with others</translation>
    </message>
    <message>
        <source>the rules lead to &apos;%1&apos;, which does not exist</source>
        <translation>the rules lead to &apos;%1&apos;, which does not exist</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>You answered ‘%1’: %2.</source>
        <translation>You answered ‘%1’: %2.</translation>
    </message>
    <message>
        <source>not: %1</source>
        <translation>not: %1</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ is %2</source>
        <translation>the answer to ‘%1’ is %2</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ includes %2</source>
        <translation>the answer to ‘%1’ includes %2</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ is not %2</source>
        <translation>the answer to ‘%1’ is not %2</translation>
    </message>
    <message>
        <source>None of the special cases at this step applied.</source>
        <translation>None of the special cases at this step applied.</translation>
    </message>
    <message>
        <source>Because %1.</source>
        <translation>Because %1.</translation>
    </message>
</context>
<context>
    <name>GroundProof</name>
    <message>
        <source>ground &apos;%1&apos; is cited but has no role (one of %2)</source>
        <translation>ground &apos;%1&apos; is cited but has no role (one of %2)</translation>
    </message>
    <message>
        <source>ground &apos;%1&apos; has no &apos;words&apos;: quote the deciding words of the provision</source>
        <translation>ground &apos;%1&apos; has no &apos;words&apos;: quote the deciding words of the provision</translation>
    </message>
    <message>
        <source>the words of ground &apos;%1&apos; are %2 characters long; quote the deciding words (at most %3), not the whole article</source>
        <translation>the words of ground &apos;%1&apos; are %2 characters long; quote the deciding words (at most %3), not the whole article</translation>
    </message>
    <message>
        <source>ground &apos;%1&apos; has no &apos;text_date&apos;: the date of the consolidated text its words were read from</source>
        <translation>ground &apos;%1&apos; has no &apos;text_date&apos;: the date of the consolidated text its words were read from</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; says &apos;%2&apos;, but no ground in the role &apos;basis&apos; applies on every route to it</source>
        <translation>outcome &apos;%1&apos; says &apos;%2&apos;, but no ground in the role &apos;basis&apos; applies on every route to it</translation>
    </message>
    <message>
        <source>special-category data</source>
        <translation>special-category data</translation>
    </message>
    <message>
        <source>criminal-offence data</source>
        <translation>criminal-offence data</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; can be reached with answer &apos;%2&apos; to &apos;%3&apos; (%4), but no ground in the role &apos;exception&apos; applies whenever it is chosen</source>
        <translation>outcome &apos;%1&apos; can be reached with answer &apos;%2&apos; to &apos;%3&apos; (%4), but no ground in the role &apos;exception&apos; applies whenever it is chosen</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; can be reached with answer &apos;%2&apos; to &apos;%3&apos; (bound by secrecy), but no ground in the role &apos;lifts_secrecy&apos; applies whenever it is chosen</source>
        <translation>outcome &apos;%1&apos; can be reached with answer &apos;%2&apos; to &apos;%3&apos; (bound by secrecy), but no ground in the role &apos;lifts_secrecy&apos; applies whenever it is chosen</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <source>Training case %1</source>
        <translation>Training case %1</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>Training case</translation>
    </message>
    <message>
        <source>The model answer follows: the advice Deelwijzer gives for this case.</source>
        <translation>The model answer follows: the advice Deelwijzer gives for this case.</translation>
    </message>
    <message>
        <source>The model answer explained</source>
        <translation>The model answer explained</translation>
    </message>
    <message>
        <source>This case has no model answer.</source>
        <translation>This case has no model answer.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Training handout %1</source>
        <translation>Training handout %1</translation>
    </message>
    <message>
        <source>Print preview of the handout</source>
        <translation>Print preview of the handout</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>The handout could not be drawn: %1</source>
        <translation>The handout could not be drawn: %1</translation>
    </message>
</context>
<context>
    <name>OdtExporter</name>
    <message>
        <source>the OpenDocument file could not be written</source>
        <translation>the OpenDocument file could not be written</translation>
    </message>
</context>
<context>
    <name>PersonalDataDetector</name>
    <message>
        <source>a name</source>
        <translation>a name</translation>
    </message>
    <message>
        <source>a citizen service number (BSN)</source>
        <translation>a citizen service number (BSN)</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>a date of birth</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <source>This looks like %1. Do not enter personal data here: use your own case number instead.</source>
        <extracomment>%1 is a list such as &quot;a name, a phone number&quot;</extracomment>
        <translation>This looks like %1. Do not enter personal data here: use your own case number instead.</translation>
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
        <translation>(not asked)</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Why it matters:</translation>
    </message>
    <message>
        <source>This case has no complete model answer: %1</source>
        <translation>This case has no complete model answer: %1</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation>Score: %1 of %2 points (%3%)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Model answer</translation>
    </message>
    <message>
        <source>Verdict you expected after reading</source>
        <translation>Verdict you expected after reading</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>no choice</translation>
    </message>
    <message>
        <source>Verdict your answers led to</source>
        <translation>Verdict your answers led to</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>The model advice</source>
        <translation>The model advice</translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation>Question by question</translation>
    </message>
    <message>
        <source>You answered every question as the model answer does.</source>
        <translation>You answered every question as the model answer does.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Different answer.</source>
        <translation>Different answer.</translation>
    </message>
    <message>
        <source>Your route did not come to this question.</source>
        <translation>Your route did not come to this question.</translation>
    </message>
    <message>
        <source>The model route does not ask this question.</source>
        <translation>The model route does not ask this question.</translation>
    </message>
    <message>
        <source>Legal grounds of the model answer you did not reach</source>
        <translation>Legal grounds of the model answer you did not reach</translation>
    </message>
    <message>
        <source>Legal grounds your route cited that the model answer does not</source>
        <translation>Legal grounds your route cited that the model answer does not</translation>
    </message>
    <message>
        <source>Scoring: %1 points for the verdict you expected, %2 for the verdict your answers led to, 1 for every question answered as in the model answer.</source>
        <translation>Scoring: %1 points for the verdict you expected, %2 for the verdict your answers led to, 1 for every question answered as in the model answer.</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Legal grounds</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export advice</source>
        <translation>Export advice</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Dutch and English</source>
        <translation>Dutch and English</translation>
    </message>
    <message>
        <source>Language of the advice:</source>
        <translation>Language of the advice:</translation>
    </message>
    <message>
        <source>The file holds no personal data, except the case reference if you typed one. Store it where only you can read it.</source>
        <translation>The file holds no personal data, except the case reference if you typed one. Store it where only you can read it.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Print preview of the advice</source>
        <translation>Print preview of the advice</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>The advice could not be drawn: %1</source>
        <translation>The advice could not be drawn: %1</translation>
    </message>
    <message>
        <source>Print the advice</source>
        <translation>Print the advice</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The advice could not be printed: %1</source>
        <translation>The advice could not be printed: %1</translation>
    </message>
    <message>
        <source>The advice could not be saved.

%1</source>
        <translation>The advice could not be saved.

%1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Advice on sharing personal data</source>
        <translation>Advice on sharing personal data</translation>
    </message>
    <message>
        <source>Deelwijzer – advice</source>
        <translation>Deelwijzer – advice</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status of the rules</source>
        <translation>Status of the rules</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Record of your decision</source>
        <translation>Record of your decision</translation>
    </message>
    <message>
        <source>To be filled in by the professional; keep this sheet in the file.</source>
        <translation>To be filled in by the professional; keep this sheet in the file.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Legal ground relied on</source>
        <translation>Legal ground relied on</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>What was shared</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>When (date)</source>
        <translation>When (date)</translation>
    </message>
    <message>
        <source>Decided by (name, role)</source>
        <translation>Decided by (name, role)</translation>
    </message>
    <message>
        <source>Consulted with</source>
        <translation>Consulted with</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>not shared</translation>
    </message>
    <message>
        <source>shared anonymised</source>
        <translation>shared anonymised</translation>
    </message>
    <message>
        <source>other:</source>
        <translation>other:</translation>
    </message>
    <message>
        <source>For each condition, write why it holds or how you meet it.</source>
        <translation>For each condition, write why it holds or how you meet it.</translation>
    </message>
    <message>
        <source>Deelwijzer helps you find the legal ground for sharing personal data. The advice supports your professional judgement and does not replace it: the decision remains yours. If you are in doubt, or your situation does not fit the questions well, consult your data protection officer (DPO) or a lawyer.</source>
        <translation>Deelwijzer helps you find the legal ground for sharing personal data. The advice supports your professional judgement and does not replace it: the decision remains yours. If you are in doubt, or your situation does not fit the questions well, consult your data protection officer (DPO) or a lawyer.</translation>
    </message>
    <message>
        <source>Terms used</source>
        <translation>Terms used</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PDF (PDF/A, for the file and for printing)</source>
        <translation>PDF (PDF/A, for the file and for printing)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, to edit in a word processor)</source>
        <translation>OpenDocument text (ODT, to edit in a word processor)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of file name endings, e.g. &quot;.pdf, .odt or .html&quot;; %1 is all but the last</extracomment>
        <translation>%1 or %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>There is no advice to write yet.</source>
        <translation>There is no advice to write yet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a name ending in %2.</source>
        <translation>Cannot tell the format of %1: use a name ending in %2.</translation>
    </message>
</context>
<context>
    <name>ReviewBook</name>
    <message>
        <source>Basis: what permits the processing</source>
        <translation>Basis: what permits the processing</translation>
    </message>
    <message>
        <source>Exception: what lifts the ban on special or criminal data</source>
        <translation>Exception: what lifts the ban on special or criminal data</translation>
    </message>
    <message>
        <source>Lifts secrecy: what lifts a duty of secrecy</source>
        <translation>Lifts secrecy: what lifts a duty of secrecy</translation>
    </message>
    <message>
        <source>Restricts: what limits what may be shared</source>
        <translation>Restricts: what limits what may be shared</translation>
    </message>
    <message>
        <source>No role stated</source>
        <translation>No role stated</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>any answer</source>
        <translation>any answer</translation>
    </message>
    <message>
        <source>any answer except %1</source>
        <translation>any answer except %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>only %1</translation>
    </message>
    <message>
        <source>including %1</source>
        <translation>including %1</translation>
    </message>
    <message>
        <source>at least one of %1</source>
        <translation>at least one of %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>not %1</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>not (%1)</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ is %2</source>
        <translation>the answer to ‘%1’ is %2</translation>
    </message>
    <message>
        <source>the answers to ‘%1’ include %2</source>
        <translation>the answers to ‘%1’ include %2</translation>
    </message>
    <message>
        <source>the answer to ‘%1’ is not %2</source>
        <translation>the answer to ‘%1’ is not %2</translation>
    </message>
    <message>
        <source>question %1: %2</source>
        <translation>question %1: %2</translation>
    </message>
    <message>
        <source>outcome %1: %2 (%3)</source>
        <translation>outcome %1: %2 (%3)</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>decision %1</translation>
    </message>
    <message>
        <source>(here this route ends; or it goes on:)</source>
        <translation>(here this route ends; or it goes on:)</translation>
    </message>
    <message>
        <source>Review book</source>
        <translation>Review book</translation>
    </message>
    <message>
        <source>Deelwijzer review book</source>
        <translation>Deelwijzer review book</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Statute texts as in force on</source>
        <translation>Statute texts as in force on</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>%1 outcomes, %2 questions, %3 decisions, %4 legal grounds, %5 glossary terms, %6 described routes</source>
        <translation>%1 outcomes, %2 questions, %3 decisions, %4 legal grounds, %5 glossary terms, %6 described routes</translation>
    </message>
    <message>
        <source>Warning: the rule set has too many routes to list them all; the routes below are incomplete.</source>
        <translation>Warning: the rule set has too many routes to list them all; the routes below are incomplete.</translation>
    </message>
    <message>
        <source>Only when %1.</source>
        <translation>Only when %1.</translation>
    </message>
    <message>
        <source>Marked unsure in the rules.</source>
        <translation>Marked unsure in the rules.</translation>
    </message>
    <message>
        <source>statute text as in force on %1</source>
        <translation>statute text as in force on %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>What the rules cannot decide</source>
        <translation>What the rules cannot decide</translation>
    </message>
    <message>
        <source>This advice concerns data that are not personal data.</source>
        <translation>This advice concerns data that are not personal data.</translation>
    </message>
    <message>
        <source>Legal grounds by role</source>
        <translation>Legal grounds by role</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Routes that lead here</source>
        <translation>Routes that lead here</translation>
    </message>
    <message>
        <source>%1 (%2 paths through the rules)</source>
        <translation>%1 (%2 paths through the rules)</translation>
    </message>
    <message>
        <source>No route reaches this outcome.</source>
        <translation>No route reaches this outcome.</translation>
    </message>
    <message>
        <source>Shipped cases that reach it</source>
        <translation>Shipped cases that reach it</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>1. Outcomes</source>
        <translation>1. Outcomes</translation>
    </message>
    <message>
        <source>2. Questions</source>
        <translation>2. Questions</translation>
    </message>
    <message>
        <source>Several answers can be picked.</source>
        <translation>Several answers can be picked.</translation>
    </message>
    <message>
        <source>Why this is asked</source>
        <translation>Why this is asked</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>the honest ‘not sure’</source>
        <translation>the honest ‘not sure’</translation>
    </message>
    <message>
        <source>cannot be combined with other answers</source>
        <translation>cannot be combined with other answers</translation>
    </message>
    <message>
        <source>Answers and where they lead</source>
        <translation>Answers and where they lead</translation>
    </message>
    <message>
        <source>3. Decisions</source>
        <translation>3. Decisions</translation>
    </message>
    <message>
        <source>A decision routes on answers already given, without asking again. Its branches are tried in order; the first that holds is taken.</source>
        <translation>A decision routes on answers already given, without asking again. Its branches are tried in order; the first that holds is taken.</translation>
    </message>
    <message>
        <source>If %1 → %2</source>
        <translation>If %1 → %2</translation>
    </message>
    <message>
        <source>Otherwise → %1</source>
        <translation>Otherwise → %1</translation>
    </message>
    <message>
        <source>4. Legal grounds by law</source>
        <translation>4. Legal grounds by law</translation>
    </message>
    <message>
        <source>Id and role</source>
        <translation>Id and role</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Words of the statute</source>
        <translation>Words of the statute</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Cited by the outcomes</source>
        <translation>Cited by the outcomes</translation>
    </message>
    <message>
        <source>5. Glossary</source>
        <translation>5. Glossary</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>See also:</translation>
    </message>
    <message>
        <source>6. Recorded reviews</source>
        <translation>6. Recorded reviews</translation>
    </message>
    <message>
        <source>No review is recorded in the rule set: these rules have not been reviewed.</source>
        <translation>No review is recorded in the rule set: these rules have not been reviewed.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Fingerprint reviewed</source>
        <translation>Fingerprint reviewed</translation>
    </message>
    <message>
        <source>The rules have changed since this review.</source>
        <translation>The rules have changed since this review.</translation>
    </message>
    <message>
        <source>7. Sign-off</source>
        <translation>7. Sign-off</translation>
    </message>
    <message>
        <source>I have reviewed rule set %1, version %2, with fingerprint %3, as printed in this book, within the scope stated below. My findings are written below or attached.</source>
        <translation>I have reviewed rule set %1, version %2, with fingerprint %3, as printed in this book, within the scope stated below. My findings are written below or attached.</translation>
    </message>
    <message>
        <source>Reviewer (name)</source>
        <translation>Reviewer (name)</translation>
    </message>
    <message>
        <source>Role (e.g. privacy officer, lawyer)</source>
        <translation>Role (e.g. privacy officer, lawyer)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scope of the review (all, or which outcomes and questions)</source>
        <translation>Scope of the review (all, or which outcomes and questions)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>One page per reviewer. A signature covers only the fingerprint printed above: any change to the rules changes it.</source>
        <translation>One page per reviewer. A signature covers only the fingerprint printed above: any change to the rules changes it.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use a name ending in .pdf or .html.</source>
        <translation>Cannot tell the format of %1: use a name ending in .pdf or .html.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>law</source>
        <translation>law</translation>
    </message>
    <message>
        <source>legal ground</source>
        <translation>legal ground</translation>
    </message>
    <message>
        <source>glossary term</source>
        <translation>glossary term</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>next step</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>then as in continuation %1 below</source>
        <translation>then as in continuation %1 below</translation>
    </message>
    <message>
        <source>new since version %1</source>
        <translation>new since version %1</translation>
    </message>
    <message>
        <source>changed since version %1</source>
        <translation>changed since version %1</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Changes since version %1</translation>
    </message>
    <message>
        <source>Compared with version %1 of the rules (fingerprint %2). Every new or changed outcome, question, answer, decision, legal ground and glossary term is marked in this book with ◆.</source>
        <translation>Compared with version %1 of the rules (fingerprint %2). Every new or changed outcome, question, answer, decision, legal ground and glossary term is marked in this book with ◆.</translation>
    </message>
    <message>
        <source>The rules have the same content.</source>
        <translation>The rules have the same content.</translation>
    </message>
    <message>
        <source>New %1 %2</source>
        <translation>New %1 %2</translation>
    </message>
    <message>
        <source>Removed %1 %2</source>
        <translation>Removed %1 %2</translation>
    </message>
    <message>
        <source>Changed %1 %2</source>
        <translation>Changed %1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Cases whose advice changed</source>
        <translation>Cases whose advice changed</translation>
    </message>
    <message>
        <source>%1 cases replayed under both versions; the advice changed for %2.</source>
        <translation>%1 cases replayed under both versions; the advice changed for %2.</translation>
    </message>
    <message>
        <source>no advice</source>
        <translation>no advice</translation>
    </message>
    <message>
        <source>%1 (outcome %2)</source>
        <translation>%1 (outcome %2)</translation>
    </message>
    <message>
        <source>grounds %1</source>
        <translation>grounds %1</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>before: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>after: %1</translation>
    </message>
    <message>
        <source>This book shows the whole rule set for review by a lawyer or privacy officer: every outcome with its verdict, legal grounds and the routes that lead to it, every question with its answers, the decisions between them, the legal grounds by law and the glossary. The routes are computed from the rules themselves, not written by hand. A route lists the questions in the order they are asked, each with the answers that lead along it (→); ‘or’ means any of those answers. An indented list continues the line above it with the alternatives that follow. Alternatives that follow in several places are printed once, as a numbered continuation after the routes of the outcome. The last pages record the reviews and hold the sign-off.</source>
        <translation>This book shows the whole rule set for review by a lawyer or privacy officer: every outcome with its verdict, legal grounds and the routes that lead to it, every question with its answers, the decisions between them, the legal grounds by law and the glossary. The routes are computed from the rules themselves, not written by hand. A route lists the questions in the order they are asked, each with the answers that lead along it (→); ‘or’ means any of those answers. An indented list continues the line above it with the alternatives that follow. Alternatives that follow in several places are printed once, as a numbered continuation after the routes of the outcome. The last pages record the reviews and hold the sign-off.</translation>
    </message>
    <message>
        <source>Continuation %1:</source>
        <translation>Continuation %1:</translation>
    </message>
</context>
<context>
    <name>ReviewStatement</name>
    <message>
        <source>Not reviewed: nobody has signed off these rules.</source>
        <translation>Not reviewed: nobody has signed off these rules.</translation>
    </message>
    <message>
        <source>Not reviewed: the rules have changed since %1 reviewed them on %2.</source>
        <translation>Not reviewed: the rules have changed since %1 reviewed them on %2.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2.</source>
        <translation>Reviewed by %1 on %2.</translation>
    </message>
    <message>
        <source>Scope: %1.</source>
        <translation>Scope: %1.</translation>
    </message>
    <message>
        <source>the last review (%1, %2) signed off fingerprint %3…, but the rules now have %4…: they changed since and are not reviewed</source>
        <translation>the last review (%1, %2) signed off fingerprint %3…, but the rules now have %4…: they changed since and are not reviewed</translation>
    </message>
</context>
<context>
    <name>RuleSetLoader</name>
    <message>
        <source>the manifest</source>
        <translation>the manifest</translation>
    </message>
    <message>
        <source>the manifest has no &apos;ruleset&apos; section</source>
        <translation>the manifest has no &apos;ruleset&apos; section</translation>
    </message>
    <message>
        <source>&apos;languages&apos; must name at least one language</source>
        <translation>&apos;languages&apos; must name at least one language</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH</source>
        <translation>version &apos;%1&apos; is not of the form MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>valid_to lies before valid_from</source>
        <translation>valid_to lies before valid_from</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; use one of: %2</source>
        <translation>unknown status &apos;%1&apos;; use one of: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a path inside the rule-set folder</source>
        <translation>&apos;%1&apos; must be a path inside the rule-set folder</translation>
    </message>
    <message>
        <source>a list of file names</source>
        <translation>a list of file names</translation>
    </message>
    <message>
        <source>a rule file</source>
        <translation>a rule file</translation>
    </message>
    <message>
        <source>the &apos;ruleset&apos; section belongs in ruleset.yaml only</source>
        <translation>the &apos;ruleset&apos; section belongs in ruleset.yaml only</translation>
    </message>
    <message>
        <source>a list of entries</source>
        <translation>a list of entries</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>an entry of &apos;%1&apos;</source>
        <translation>an entry of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos; (first defined at %3:%4:%5)</source>
        <translation>duplicate %1 id &apos;%2&apos; (first defined at %3:%4:%5)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved word in conditions and cannot be a question id</source>
        <translation>&apos;%1&apos; is a reserved word in conditions and cannot be a question id</translation>
    </message>
    <message>
        <source>question type must be &apos;single&apos; or &apos;multiple&apos;, not &apos;%1&apos;</source>
        <translation>question type must be &apos;single&apos; or &apos;multiple&apos;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a list of at least one answer</source>
        <translation>a list of at least one answer</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>&apos;exclusive&apos; only makes sense in a multiple-choice question</source>
        <translation>&apos;exclusive&apos; only makes sense in a multiple-choice question</translation>
    </message>
    <message>
        <source>answers of a multiple-choice question cannot have their own &apos;next&apos;; route with a decision</source>
        <translation>answers of a multiple-choice question cannot have their own &apos;next&apos;; route with a decision</translation>
    </message>
    <message>
        <source>multiple-choice question &apos;%1&apos; needs a &apos;next&apos;</source>
        <translation>multiple-choice question &apos;%1&apos; needs a &apos;next&apos;</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>a list of at least one branch</source>
        <translation>a list of at least one branch</translation>
    </message>
    <message>
        <source>a list of ids</source>
        <translation>a list of ids</translation>
    </message>
    <message>
        <source>invalid verdict &apos;%1&apos;; use one of: %2</source>
        <translation>invalid verdict &apos;%1&apos;; use one of: %2</translation>
    </message>
    <message>
        <source>law</source>
        <translation>law</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BWB id (like BWBR0022463)</source>
        <translation>&apos;%1&apos; is not a BWB id (like BWBR0022463)</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>ground</translation>
    </message>
    <message>
        <source>ground status must be &apos;verified&apos; or &apos;unsure&apos;, not &apos;%1&apos;</source>
        <translation>ground status must be &apos;verified&apos; or &apos;unsure&apos;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>glossary</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>no ruleset.yaml: this is not a rule-set folder</source>
        <translation>no ruleset.yaml: this is not a rule-set folder</translation>
    </message>
    <message>
        <source>no file matches &apos;%1&apos;</source>
        <translation>no file matches &apos;%1&apos;</translation>
    </message>
    <message>
        <source>folder does not exist</source>
        <translation>folder does not exist</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>cannot read file: %1</translation>
    </message>
    <message>
        <source>data_category must be &apos;ordinary&apos;, &apos;special&apos; or &apos;criminal&apos;, not &apos;%1&apos;</source>
        <translation>data_category must be &apos;ordinary&apos;, &apos;special&apos; or &apos;criminal&apos;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>role must be one of %1, not &apos;%2&apos;</source>
        <translation>role must be one of %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>this is not a folder</source>
        <translation>this is not a folder</translation>
    </message>
    <message>
        <source>this is a link to a file outside the rule-set folder (%1)</source>
        <translation>this is a link to a file outside the rule-set folder (%1)</translation>
    </message>
    <message>
        <source>a list of reviews</source>
        <translation>a list of reviews</translation>
    </message>
    <message>
        <source>a review&apos;s fingerprint is the 64 hex digits `deelwijzer-cli check` prints, not &apos;%1&apos;</source>
        <translation>a review&apos;s fingerprint is the 64 hex digits `deelwijzer-cli check` prints, not &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>RuleSetValidator</name>
    <message>
        <source>%1 &apos;%2&apos; does not exist (no question, decision or outcome has this id)</source>
        <translation>%1 &apos;%2&apos; does not exist (no question, decision or outcome has this id)</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; does not exist</source>
        <translation>source &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <source>start node</source>
        <translation>start node</translation>
    </message>
    <message>
        <source>next node</source>
        <translation>next node</translation>
    </message>
    <message>
        <source>answer &apos;%1&apos; of question &apos;%2&apos; leads nowhere: give it a &apos;next&apos; or give the question one</source>
        <translation>answer &apos;%1&apos; of question &apos;%2&apos; leads nowhere: give it a &apos;next&apos; or give the question one</translation>
    </message>
    <message>
        <source>every answer of &apos;%1&apos; is exclusive; make it a single-choice question</source>
        <translation>every answer of &apos;%1&apos; is exclusive; make it a single-choice question</translation>
    </message>
    <message>
        <source>condition tests &apos;%1&apos;, which is not a question</source>
        <translation>condition tests &apos;%1&apos;, which is not a question</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no answer &apos;%2&apos;</source>
        <translation>question &apos;%1&apos; has no answer &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;all&apos; can never hold: question &apos;%1&apos; takes only one answer</source>
        <translation>&apos;all&apos; can never hold: question &apos;%1&apos; takes only one answer</translation>
    </message>
    <message>
        <source>&apos;otherwise&apos; node</source>
        <translation>&apos;otherwise&apos; node</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not exist</source>
        <translation>%1 &apos;%2&apos; does not exist</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>ground</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>outcome &apos;%1&apos; says &apos;%2&apos; but cites no legal ground that always applies</source>
        <translation>outcome &apos;%1&apos; says &apos;%2&apos; but cites no legal ground that always applies</translation>
    </message>
    <message>
        <source>ground &apos;%1&apos; names law &apos;%2&apos;, which is not in the law catalogue</source>
        <translation>ground &apos;%1&apos; names law &apos;%2&apos;, which is not in the law catalogue</translation>
    </message>
    <message>
        <source>glossary term &apos;%1&apos; refers to &apos;%2&apos;, which is not in the glossary</source>
        <translation>glossary term &apos;%1&apos; refers to &apos;%2&apos;, which is not in the glossary</translation>
    </message>
    <message>
        <source>[[%1]] links to a glossary term that does not exist</source>
        <translation>[[%1]] links to a glossary term that does not exist</translation>
    </message>
    <message>
        <source>[[ground:%1]] links to a ground that does not exist</source>
        <translation>[[ground:%1]] links to a ground that does not exist</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>cycle: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can never be reached from the start node &apos;%2&apos;</source>
        <translation>&apos;%1&apos; can never be reached from the start node &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 tests &apos;%2&apos;, but not every route to &apos;%3&apos; asks &apos;%2&apos; first</source>
        <translation>%1 tests &apos;%2&apos;, but not every route to &apos;%3&apos; asks &apos;%2&apos; first</translation>
    </message>
    <message>
        <source>this branch</source>
        <translation>this branch</translation>
    </message>
    <message>
        <source>the citation of &apos;%1&apos;</source>
        <translation>the citation of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; is not used by any outcome</source>
        <translation>condition &apos;%1&apos; is not used by any outcome</translation>
    </message>
    <message>
        <source>action &apos;%1&apos; is not used by any outcome</source>
        <translation>action &apos;%1&apos; is not used by any outcome</translation>
    </message>
    <message>
        <source>law &apos;%1&apos; is not named by any ground</source>
        <translation>law &apos;%1&apos; is not named by any ground</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is not cited anywhere</source>
        <translation>source &apos;%1&apos; is not cited anywhere</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; cannot be valid_for itself</source>
        <translation>question &apos;%1&apos; cannot be valid_for itself</translation>
    </message>
    <message>
        <source>valid_for names &apos;%1&apos;, which is not a question</source>
        <translation>valid_for names &apos;%1&apos;, which is not a question</translation>
    </message>
    <message>
        <source>role_question names &apos;%1&apos;, which is not a question</source>
        <translation>role_question names &apos;%1&apos;, which is not a question</translation>
    </message>
    <message>
        <source>role_question &apos;%1&apos; must be a single-choice question: its answer is the user&apos;s role</source>
        <translation>role_question &apos;%1&apos; must be a single-choice question: its answer is the user&apos;s role</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>the file is too large (more than %1 MiB)</source>
        <translation>the file is too large (more than %1 MiB)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>this is a pipe (FIFO), not a regular file</source>
        <translation>this is a pipe (FIFO), not a regular file</translation>
    </message>
    <message>
        <source>this is a device, not a regular file</source>
        <translation>this is a device, not a regular file</translation>
    </message>
    <message>
        <source>this is a socket, not a regular file</source>
        <translation>this is a socket, not a regular file</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>this is not a regular file</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Deelwijzer does not write through links. Choose another name or remove the link.</source>
        <translation>%1 is a symbolic link; Deelwijzer does not write through links. Choose another name or remove the link.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; choose another name.</source>
        <translation>%1 exists and is not a regular file; choose another name.</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>cannot create the file: %1</translation>
    </message>
    <message>
        <source>the file could not be written completely</source>
        <translation>the file could not be written completely</translation>
    </message>
    <message>
        <source>the file was saved, but could not be made readable by you alone</source>
        <translation>the file was saved, but could not be made readable by you alone</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>%1 must be a mapping (key: value), not %2</source>
        <translation>%1 must be a mapping (key: value), not %2</translation>
    </message>
    <message>
        <source>%1 is missing &apos;%2&apos;</source>
        <translation>%1 is missing &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty</source>
        <translation>&apos;%1&apos; of %2 is empty</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (allowed: %3)</source>
        <translation>unknown key &apos;%1&apos; in %2 (allowed: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; must be %2, not %3</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <source>invalid %1 &apos;%2&apos;: use lowercase letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>invalid %1 &apos;%2&apos;: use lowercase letters, digits, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <source>a list of ids</source>
        <translation>a list of ids</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in &apos;%2&apos;</source>
        <translation>&apos;%1&apos; appears twice in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a date like 2026-09-01, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; must be a date like 2026-09-01, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a text per language, like {%2}</source>
        <translation>&apos;%1&apos; needs a text per language, like {%2}</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; in &apos;%2&apos; (the rule set&apos;s languages: %3)</source>
        <translation>unknown language &apos;%1&apos; in &apos;%2&apos; (the rule set&apos;s languages: %3)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>the %1 text of &apos;%2&apos; is empty</source>
        <translation>the %1 text of &apos;%2&apos; is empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 translation</source>
        <translation>&apos;%1&apos; has no %2 translation</translation>
    </message>
    <message>
        <source>a condition must be a mapping like {question: answer}, not %1</source>
        <translation>a condition must be a mapping like {question: answer}, not %1</translation>
    </message>
    <message>
        <source>a list of conditions</source>
        <translation>a list of conditions</translation>
    </message>
    <message>
        <source>invalid question id &apos;%1&apos; in condition</source>
        <translation>invalid question id &apos;%1&apos; in condition</translation>
    </message>
    <message>
        <source>use exactly one of &apos;any&apos;, &apos;all&apos; or &apos;none&apos; for &apos;%1&apos;</source>
        <translation>use exactly one of &apos;any&apos;, &apos;all&apos; or &apos;none&apos; for &apos;%1&apos;</translation>
    </message>
    <message>
        <source>condition on &apos;%1&apos;</source>
        <translation>condition on &apos;%1&apos;</translation>
    </message>
    <message>
        <source>answer id</source>
        <translation>answer id</translation>
    </message>
    <message>
        <source>an answer id or a list of answer ids</source>
        <translation>an answer id or a list of answer ids</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a web address starting with https://</source>
        <translation>&apos;%1&apos; must be a web address starting with https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; must be true or false</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>question id</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>an answer</translation>
    </message>
    <message>
        <source>decision id</source>
        <translation>decision id</translation>
    </message>
    <message>
        <source>a branch</source>
        <translation>a branch</translation>
    </message>
    <message>
        <source>outcome id</source>
        <translation>outcome id</translation>
    </message>
    <message>
        <source>law id</source>
        <translation>law id</translation>
    </message>
    <message>
        <source>ground id</source>
        <translation>ground id</translation>
    </message>
    <message>
        <source>glossary id</source>
        <translation>glossary id</translation>
    </message>
    <message>
        <source>condition id</source>
        <translation>condition id</translation>
    </message>
    <message>
        <source>action id</source>
        <translation>action id</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>source id</translation>
    </message>
</context>
<context>
    <name>TextMarkup</name>
    <message>
        <source>&apos;[[&apos; without closing &apos;]]&apos;</source>
        <translation>&apos;[[&apos; without closing &apos;]]&apos;</translation>
    </message>
    <message>
        <source>&apos;[[&apos; inside a link</source>
        <translation>&apos;[[&apos; inside a link</translation>
    </message>
    <message>
        <source>a link &apos;[[...]]&apos; without a target</source>
        <translation>a link &apos;[[...]]&apos; without a target</translation>
    </message>
    <message>
        <source>a link &apos;[[%1|]]&apos; with no words after &apos;|&apos;</source>
        <translation>a link &apos;[[%1|]]&apos; with no words after &apos;|&apos;</translation>
    </message>
</context>
<context>
    <name>TreeExporter</name>
    <message>
        <source>Deelwijzer rule tree: %1</source>
        <translation>Deelwijzer rule tree: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Sharing is required</source>
        <translation>Sharing is required</translation>
    </message>
    <message>
        <source>The law obliges you to provide the data.</source>
        <translation>The law obliges you to provide the data.</translation>
    </message>
    <message>
        <source>Sharing is allowed</source>
        <translation>Sharing is allowed</translation>
    </message>
    <message>
        <source>A clear legal ground exists; ordinary care applies.</source>
        <translation>A clear legal ground exists; ordinary care applies.</translation>
    </message>
    <message>
        <source>Allowed under conditions</source>
        <translation>Allowed under conditions</translation>
    </message>
    <message>
        <source>You may share only if every condition below is met.</source>
        <translation>You may share only if every condition below is met.</translation>
    </message>
    <message>
        <source>Sharing is not allowed</source>
        <translation>Sharing is not allowed</translation>
    </message>
    <message>
        <source>There is no legal ground to share these data. Sharing anonymised information may still be possible.</source>
        <translation>There is no legal ground to share these data. Sharing anonymised information may still be possible.</translation>
    </message>
    <message>
        <source>Seek advice first</source>
        <translation>Seek advice first</translation>
    </message>
    <message>
        <source>The law is unsettled here or the facts are uncertain: first consult your data protection officer (DPO) or a lawyer.</source>
        <translation>The law is unsettled here or the facts are uncertain: first consult your data protection officer (DPO) or a lawyer.</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <source>a file may hold only one YAML document; a second one starts here</source>
        <translation>a file may hold only one YAML document; a second one starts here</translation>
    </message>
    <message>
        <source>aliases (*name) are not allowed; write the value out</source>
        <translation>aliases (*name) are not allowed; write the value out</translation>
    </message>
    <message>
        <source>anchors (&amp;name) are not allowed; write the value out</source>
        <translation>anchors (&amp;name) are not allowed; write the value out</translation>
    </message>
    <message>
        <source>nesting too deep (more than %1 levels)</source>
        <translation>nesting too deep (more than %1 levels)</translation>
    </message>
    <message>
        <source>a key must be a single value, not %1</source>
        <translation>a key must be a single value, not %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>duplicate key &apos;%1&apos;</translation>
    </message>
    <message>
        <source>file is too large (%1 MiB; at most %2 MiB)</source>
        <translation>file is too large (%1 MiB; at most %2 MiB)</translation>
    </message>
    <message>
        <source>file is binary, not YAML text (it contains a NUL byte)</source>
        <translation>file is binary, not YAML text (it contains a NUL byte)</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text (byte 0x%1)</source>
        <translation>file is not valid UTF-8 text (byte 0x%1)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>nesting too deep</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML syntax error: %1</translation>
    </message>
    <message>
        <source>could not read YAML: %1</source>
        <translation>could not read YAML: %1</translation>
    </message>
    <message>
        <source>file holds no YAML content</source>
        <translation>file holds no YAML content</translation>
    </message>
</context>
<context>
    <name>YamlError</name>
    <message>
        <source>end of map not found</source>
        <translation>end of map not found</translation>
    </message>
    <message>
        <source>end of map flow not found</source>
        <translation>end of map flow not found</translation>
    </message>
    <message>
        <source>end of sequence not found</source>
        <translation>end of sequence not found</translation>
    </message>
    <message>
        <source>end of sequence flow not found</source>
        <translation>end of sequence flow not found</translation>
    </message>
    <message>
        <source>end of verbatim tag not found</source>
        <translation>end of verbatim tag not found</translation>
    </message>
    <message>
        <source>illegal map key</source>
        <translation>illegal map key</translation>
    </message>
    <message>
        <source>illegal map value</source>
        <translation>illegal map value</translation>
    </message>
    <message>
        <source>illegal block entry</source>
        <translation>illegal block entry</translation>
    </message>
    <message>
        <source>illegal flow end</source>
        <translation>illegal flow end</translation>
    </message>
    <message>
        <source>illegal tab when looking for indentation</source>
        <translation>illegal tab when looking for indentation</translation>
    </message>
    <message>
        <source>illegal character in scalar</source>
        <translation>illegal character in scalar</translation>
    </message>
    <message>
        <source>illegal EOF in scalar</source>
        <translation>illegal EOF in scalar</translation>
    </message>
    <message>
        <source>illegal document indicator in scalar</source>
        <translation>illegal document indicator in scalar</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>unknown token</translation>
    </message>
    <message>
        <source>unknown escape character: </source>
        <translation>unknown escape character: </translation>
    </message>
    <message>
        <source>invalid unicode: </source>
        <translation>invalid unicode: </translation>
    </message>
    <message>
        <source>bad character found while scanning hex number</source>
        <translation>bad character found while scanning hex number</translation>
    </message>
    <message>
        <source>cannot set zero indentation for a block scalar</source>
        <translation>cannot set zero indentation for a block scalar</translation>
    </message>
    <message>
        <source>unexpected character in block scalar</source>
        <translation>unexpected character in block scalar</translation>
    </message>
    <message>
        <source>alias not found after *</source>
        <translation>alias not found after *</translation>
    </message>
    <message>
        <source>anchor not found after &amp;</source>
        <translation>anchor not found after &amp;</translation>
    </message>
    <message>
        <source>illegal character found while scanning alias</source>
        <translation>illegal character found while scanning alias</translation>
    </message>
    <message>
        <source>illegal character found while scanning anchor</source>
        <translation>illegal character found while scanning anchor</translation>
    </message>
    <message>
        <source>cannot assign multiple tags to the same node</source>
        <translation>cannot assign multiple tags to the same node</translation>
    </message>
    <message>
        <source>cannot assign multiple anchors to the same node</source>
        <translation>cannot assign multiple anchors to the same node</translation>
    </message>
    <message>
        <source>the referenced anchor is not defined</source>
        <translation>the referenced anchor is not defined</translation>
    </message>
</context>
<context>
    <name>deelwijzer::AdviceFlow</name>
    <message>
        <source>An answer does not fit the rules in use (%1). Please answer this question again.</source>
        <translation>An answer does not fit the rules in use (%1). Please answer this question again.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::AdvicePage</name>
    <message>
        <source>Show the legal ground: text, meaning and official source</source>
        <translation>Show the legal ground: text, meaning and official source</translation>
    </message>
    <message>
        <source>Legal ground %1: show details</source>
        <translation>Legal ground %1: show details</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change the answer to: %1</source>
        <translation>Change the answer to: %1</translation>
    </message>
    <message>
        <source>&amp;Your answers</source>
        <translation>&amp;Your answers</translation>
    </message>
    <message>
        <source>Back to your answers</source>
        <translation>Back to your answers</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Save the advice</source>
        <translation>Save the advice</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the advice as PDF, ODT or HTML</source>
        <translation>Export the advice as PDF, ODT or HTML</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the advice</source>
        <translation>Print the advice</translation>
    </message>
    <message>
        <source>&amp;New advice</source>
        <translation>&amp;New advice</translation>
    </message>
    <message>
        <source>Start a new advice</source>
        <translation>Start a new advice</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Official text</source>
        <translation>Official text</translation>
    </message>
    <message>
        <source>Official text of %1, opens in your web browser</source>
        <translation>Official text of %1, opens in your web browser</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n step(s))</numerusform>
            <numerusform>%1 (%n step(s))</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deelwijzer::AdviceView</name>
    <message>
        <source>draft</source>
        <comment>status of the rules</comment>
        <translation>draft</translation>
    </message>
    <message>
        <source>reconstructed</source>
        <comment>status of the rules</comment>
        <translation>reconstructed</translation>
    </message>
    <message>
        <source>legally reviewed</source>
        <comment>status of the rules</comment>
        <translation>legally reviewed</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>status of the rules</comment>
        <translation>approved</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>status of the rules</comment>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Exception for special-category or criminal-offence data</source>
        <translation>Exception for special-category or criminal-offence data</translation>
    </message>
    <message>
        <source>Lifts the duty of secrecy</source>
        <translation>Lifts the duty of secrecy</translation>
    </message>
    <message>
        <source>Restricts what you share</source>
        <translation>Restricts what you share</translation>
    </message>
    <message>
        <source>Statutory text (Dutch), in force from %1:</source>
        <translation>Statutory text (Dutch), in force from %1:</translation>
    </message>
    <message>
        <source>Statutory text (Dutch):</source>
        <translation>Statutory text (Dutch):</translation>
    </message>
    <message>
        <source>Not certain: have this ground checked.</source>
        <translation>Not certain: have this ground checked.</translation>
    </message>
    <message>
        <source>This advice supports your professional judgement; it does not replace it.</source>
        <translation>This advice supports your professional judgement; it does not replace it.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>What the rules cannot decide</source>
        <translation>What the rules cannot decide</translation>
    </message>
    <message>
        <source>You answered ‘not sure’</source>
        <translation>You answered ‘not sure’</translation>
    </message>
    <message>
        <source>This advice rests partly on facts you did not know:</source>
        <translation>This advice rests partly on facts you did not know:</translation>
    </message>
    <message>
        <source>Find this out before you share if you can, and change the answer: the advice may then be different. Otherwise consult your data protection officer (DPO) or a lawyer.</source>
        <translation>Find this out before you share if you can, and change the answer: the advice may then be different. Otherwise consult your data protection officer (DPO) or a lawyer.</translation>
    </message>
    <message>
        <source>Your situation, as you answered it</source>
        <translation>Your situation, as you answered it</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Legal grounds</translation>
    </message>
    <message>
        <source>No legal ground for sharing was found on this route.</source>
        <translation>No legal ground for sharing was found on this route.</translation>
    </message>
    <message>
        <source>The advice rests on</source>
        <translation>The advice rests on</translation>
    </message>
    <message>
        <source>What the advice must respect</source>
        <translation>What the advice must respect</translation>
    </message>
    <message>
        <source>For each provision: what it does in this advice, what it means and the words of the law itself.</source>
        <translation>For each provision: what it does in this advice, what it means and the words of the law itself.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Tick every condition before you share.</source>
        <translation>Tick every condition before you share.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Why this advice</source>
        <translation>Why this advice</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>About this advice</source>
        <translation>About this advice</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>Status note</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>This code lets anyone check that this advice belongs to these answers and this rule set (deelwijzer-cli verify).</source>
        <translation>This code lets anyone check that this advice belongs to these answers and this rule set (deelwijzer-cli verify).</translation>
    </message>
</context>
<context>
    <name>deelwijzer::AnswerSheet</name>
    <message>
        <source>Choose all that apply</source>
        <translation>Choose all that apply</translation>
    </message>
    <message>
        <source>Choose one answer</source>
        <translation>Choose one answer</translation>
    </message>
    <message>
        <source>Answers, choose all that apply</source>
        <translation>Answers, choose all that apply</translation>
    </message>
    <message>
        <source>Answers, choose one</source>
        <translation>Answers, choose one</translation>
    </message>
    <message>
        <source>Filled in from your role. Choose another answer if it is different this time.</source>
        <translation>Filled in from your role. Choose another answer if it is different this time.</translation>
    </message>
    <message>
        <source>Not sure?</source>
        <translation>Not sure?</translation>
    </message>
    <message>
        <source>&quot;Not sure&quot; is an honest answer. Deelwijzer will not guess: the advice then tells you what to find out or whom to consult.</source>
        <translation>&quot;Not sure&quot; is an honest answer. Deelwijzer will not guess: the advice then tells you what to find out or whom to consult.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Not sure</translation>
    </message>
</context>
<context>
    <name>deelwijzer::Autosave</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::CaseFile</name>
    <message>
        <source>this case was written for rule set &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>this case was written for rule set &apos;%1&apos;, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the rules have changed since this case was saved (saved under version %1, fingerprint %2…; now version %3, fingerprint %4…)</source>
        <translation>the rules have changed since this case was saved (saved under version %1, fingerprint %2…; now version %3, fingerprint %4…)</translation>
    </message>
    <message>
        <source>unknown question &apos;%1&apos;: the rules never ask it</source>
        <translation>unknown question &apos;%1&apos;: the rules never ask it</translation>
    </message>
    <message>
        <source>invalid answer to &apos;%1&apos;: %2</source>
        <translation>invalid answer to &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is not used: the route does not ask it</source>
        <translation>the answer to &apos;%1&apos; is not used: the route does not ask it</translation>
    </message>
    <message>
        <source>&apos;current&apos; names &apos;%1&apos;, which is not a question</source>
        <translation>&apos;current&apos; names &apos;%1&apos;, which is not a question</translation>
    </message>
    <message>
        <source>expected outcome &apos;%1&apos; does not exist</source>
        <translation>expected outcome &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <source>expected ground &apos;%1&apos; does not exist</source>
        <translation>expected ground &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <source>expected condition &apos;%1&apos; does not exist</source>
        <translation>expected condition &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <source>expected route names &apos;%1&apos;, which is not a question</source>
        <translation>expected route names &apos;%1&apos;, which is not a question</translation>
    </message>
    <message>
        <source>&apos;given_for&apos; names &apos;%1&apos;, which is not a question bound by valid_for</source>
        <translation>&apos;given_for&apos; names &apos;%1&apos;, which is not a question bound by valid_for</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; no longer holds: it was given for other answers to %2; it will be asked again</source>
        <translation>the answer to &apos;%1&apos; no longer holds: it was given for other answers to %2; it will be asked again</translation>
    </message>
</context>
<context>
    <name>deelwijzer::CaseLibraryModel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Who shares</source>
        <translation>Who shares</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Model verdict</source>
        <translation>Model verdict</translation>
    </message>
</context>
<context>
    <name>deelwijzer::CaseLibraryWidget</name>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Any verdict</translation>
    </message>
    <message>
        <source>The case file %1 cannot be used for training.</source>
        <translation>The case file %1 cannot be used for training.</translation>
    </message>
    <message>
        <source>Open a training case</source>
        <translation>Open a training case</translation>
    </message>
    <message>
        <source>Deelwijzer case files (*.yaml *.yml)</source>
        <translation>Deelwijzer case files (*.yaml *.yml)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>No case matches the filter.</translation>
    </message>
    <message>
        <source>This case has no narrative.</source>
        <translation>This case has no narrative.</translation>
    </message>
    <message>
        <source>Search title and narrative…</source>
        <translation>Search title and narrative…</translation>
    </message>
    <message>
        <source>&amp;Who shares:</source>
        <translation>&amp;Who shares:</translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation>With &amp;whom:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict:</translation>
    </message>
    <message>
        <source>Start &amp;quiz</source>
        <translation>Start &amp;quiz</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Handout…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
</context>
<context>
    <name>deelwijzer::DiagnosticsDialog</name>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Problems, one per line: file, line, column and message</source>
        <translation>Problems, one per line: file, line, column and message</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the problems to the clipboard</source>
        <translation>Copy the problems to the clipboard</translation>
    </message>
</context>
<context>
    <name>deelwijzer::DocumentPrompts</name>
    <message>
        <source>Unsaved advice</source>
        <translation>Unsaved advice</translation>
    </message>
    <message>
        <source>Your advice has not been saved. Do you want to save it first?</source>
        <translation>Your advice has not been saved. Do you want to save it first?</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>advice</translation>
    </message>
    <message>
        <source>Save the advice</source>
        <translation>Save the advice</translation>
    </message>
    <message>
        <source>Deelwijzer advice (*.yaml *.yml)</source>
        <translation>Deelwijzer advice (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The advice could not be saved to %1:
%2</source>
        <translation>The advice could not be saved to %1:
%2</translation>
    </message>
    <message>
        <source>Open a saved advice</source>
        <translation>Open a saved advice</translation>
    </message>
    <message>
        <source>Deelwijzer advice (*.yaml *.yml);;All files (*)</source>
        <translation>Deelwijzer advice (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>The advice in %1 could not be opened. Nothing was changed.</source>
        <translation>The advice in %1 could not be opened. Nothing was changed.</translation>
    </message>
    <message>
        <source>The unfinished advice could not be restored (it no longer fits the rules in use).</source>
        <translation>The unfinished advice could not be restored (it no longer fits the rules in use).</translation>
    </message>
    <message>
        <source>Unfinished advice</source>
        <translation>Unfinished advice</translation>
    </message>
    <message>
        <source>An unfinished advice of %1 was kept after Deelwijzer was not closed normally. A new advice replaces it. Do you want to restore it instead?</source>
        <translation>An unfinished advice of %1 was kept after Deelwijzer was not closed normally. A new advice replaces it. Do you want to restore it instead?</translation>
    </message>
    <message>
        <source>&amp;Restore it</source>
        <translation>&amp;Restore it</translation>
    </message>
    <message>
        <source>&amp;Discard it and start anew</source>
        <translation>&amp;Discard it and start anew</translation>
    </message>
</context>
<context>
    <name>deelwijzer::GlossaryLabel</name>
    <message>
        <source>Glossary term</source>
        <translation>Glossary term</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
</context>
<context>
    <name>deelwijzer::GroundViewer</name>
    <message>
        <source>Law: %1</source>
        <translation>Law: %1</translation>
    </message>
    <message>
        <source>This ground is uncertain: sources differ or the law is unsettled. Check it with your privacy officer or a lawyer.</source>
        <translation>This ground is uncertain: sources differ or the law is unsettled. Check it with your privacy officer or a lawyer.</translation>
    </message>
    <message>
        <source>Legal ground: %1</source>
        <translation>Legal ground: %1</translation>
    </message>
    <message>
        <source>Official text (&amp;link):</source>
        <translation>Official text (&amp;link):</translation>
    </message>
    <message>
        <source>Link to the official text</source>
        <translation>Link to the official text</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Open in &amp;browser</translation>
    </message>
    <message>
        <source>Opens the link in your web browser. Deelwijzer itself never goes online.</source>
        <translation>Opens the link in your web browser. Deelwijzer itself never goes online.</translation>
    </message>
    <message>
        <source>Open the official text in your web browser</source>
        <translation>Open the official text in your web browser</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Usual role: %1</source>
        <translation>Usual role: %1</translation>
    </message>
</context>
<context>
    <name>deelwijzer::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New advice</source>
        <translation>&amp;New advice</translation>
    </message>
    <message>
        <source>&amp;Open advice…</source>
        <translation>&amp;Open advice…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF, ODT or HTML…</source>
        <translation>&amp;Export as PDF, ODT or HTML…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Open rule-set &amp;folder…</source>
        <translation>Open rule-set &amp;folder…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in rules</source>
        <translation>Use the &amp;built-in rules</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>&amp;Review answers</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <source>Switch between route and &amp;question</source>
        <translation>Switch between route and &amp;question</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>Lar&amp;ger text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Show the &amp;route</source>
        <translation>Show the &amp;route</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About the &amp;rules in use</source>
        <translation>About the &amp;rules in use</translation>
    </message>
    <message>
        <source>&amp;About Deelwijzer</source>
        <translation>&amp;About Deelwijzer</translation>
    </message>
</context>
<context>
    <name>deelwijzer::MainWindow</name>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>New advice</source>
        <translation>New advice</translation>
    </message>
</context>
<context>
    <name>deelwijzer::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>deelwijzer::PresenterView</name>
    <message>
        <source>The model answer</source>
        <translation>The model answer</translation>
    </message>
    <message>
        <source>Legal grounds:</source>
        <translation>Legal grounds:</translation>
    </message>
    <message>
        <source>Step %1 of %2 · Space or → reveal the next answer · ← hide it · Home/End · F11 full screen · Esc close</source>
        <translation>Step %1 of %2 · Space or → reveal the next answer · ← hide it · Home/End · F11 full screen · Esc close</translation>
    </message>
</context>
<context>
    <name>deelwijzer::QuestionPage</name>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Why we ask</translation>
    </message>
    <message>
        <source>More explanation</source>
        <translation>More explanation</translation>
    </message>
    <message>
        <source>Show more explanation</source>
        <translation>Show more explanation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Back to the previous question</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Choose an answer first: Space picks the answer with the focus frame.</source>
        <translation>Choose an answer first: Space picks the answer with the focus frame.</translation>
    </message>
    <message>
        <source>Keys: Tab, arrows or first letters to move, Space to tick, Enter to go on</source>
        <translation>Keys: Tab, arrows or first letters to move, Space to tick, Enter to go on</translation>
    </message>
    <message>
        <source>Keys: Tab, arrows or first letters to move, Space or 1–9 to choose, Enter to go on</source>
        <translation>Keys: Tab, arrows or first letters to move, Space or 1–9 to choose, Enter to go on</translation>
    </message>
</context>
<context>
    <name>deelwijzer::QuizWidget</name>
    <message>
        <source>This case has no narrative.</source>
        <translation>This case has no narrative.</translation>
    </message>
    <message>
        <source>Which verdict do you expect? Choose before you walk the questions.</source>
        <translation>Which verdict do you expect? Choose before you walk the questions.</translation>
    </message>
    <message>
        <source>Walk the questions</source>
        <translation>Walk the questions</translation>
    </message>
    <message>
        <source>Show the model route in the rule tree</source>
        <translation>Show the model route in the rule tree</translation>
    </message>
    <message>
        <source>Handout of this case…</source>
        <translation>Handout of this case…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Choose the &amp;case for the quiz (Enter starts it):</source>
        <translation>Choose the &amp;case for the quiz (Enter starts it):</translation>
    </message>
    <message>
        <source>Cases for the quiz</source>
        <translation>Cases for the quiz</translation>
    </message>
    <message>
        <source>Start the quiz on this case</source>
        <translation>Start the quiz on this case</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReferenceField</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Case &amp;reference (optional)</source>
        <translation>Case &amp;reference (optional)</translation>
    </message>
    <message>
        <source>for example your own file number</source>
        <translation>for example your own file number</translation>
    </message>
    <message>
        <source>Case reference (optional)</source>
        <translation>Case reference (optional)</translation>
    </message>
    <message>
        <source>Printed on the advice. Never a name, date of birth, BSN, phone number or e-mail address.</source>
        <translation>Printed on the advice. Never a name, date of birth, BSN, phone number or e-mail address.</translation>
    </message>
    <message>
        <source>Re&amp;move the reference</source>
        <translation>Re&amp;move the reference</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReportCommands</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>The advice was sent to the printer.</source>
        <translation>The advice was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReviewBookAction</name>
    <message>
        <source>Export revie&amp;w book…</source>
        <translation>Export revie&amp;w book…</translation>
    </message>
    <message>
        <source>The whole rule set as one document for legal review and sign-off</source>
        <translation>The whole rule set as one document for legal review and sign-off</translation>
    </message>
    <message>
        <source>Export review book</source>
        <translation>Export review book</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>The review book could not be saved.

%1</source>
        <translation>The review book could not be saved.

%1</translation>
    </message>
    <message>
        <source>The earlier rules in %1 could not be loaded: %2</source>
        <translation>The earlier rules in %1 could not be loaded: %2</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReviewBookDialog</name>
    <message>
        <source>Export review book</source>
        <translation>Export review book</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Dutch and English</source>
        <translation>Dutch and English</translation>
    </message>
    <message>
        <source>&amp;Language of the review book:</source>
        <translation>&amp;Language of the review book:</translation>
    </message>
    <message>
        <source>&amp;Mark what changed since an earlier version of the rules</source>
        <translation>&amp;Mark what changed since an earlier version of the rules</translation>
    </message>
    <message>
        <source>Folder of the earlier rules</source>
        <translation>Folder of the earlier rules</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ReviewPage</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change the answer to: %1</source>
        <translation>Change the answer to: %1</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>These answers lead to the advice. Change any of them if needed; answers that still apply are kept.</source>
        <translation>These answers lead to the advice. Change any of them if needed; answers that still apply are kept.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to the last question</source>
        <translation>Back to the last question</translation>
    </message>
    <message>
        <source>Show the &amp;advice</source>
        <translation>Show the &amp;advice</translation>
    </message>
    <message>
        <source>Show the advice</source>
        <translation>Show the advice</translation>
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
→ (now)</translation>
    </message>
    <message>
        <source>Your answers and the advice</source>
        <translation>Your answers and the advice</translation>
    </message>
    <message>
        <source>Go back to this question to change the answer</source>
        <translation>Go back to this question to change the answer</translation>
    </message>
    <message>
        <source>Question %1: %2. Your answer: %3.%4 Press Enter to change it.</source>
        <translation>Question %1: %2. Your answer: %3.%4 Press Enter to change it.</translation>
    </message>
    <message>
        <source> (not sure)</source>
        <translation> (not sure)</translation>
    </message>
    <message>
        <source>Question %1, now on screen: %2</source>
        <translation>Question %1, now on screen: %2</translation>
    </message>
</context>
<context>
    <name>deelwijzer::RoutePanel</name>
    <message>
        <source>Your route</source>
        <translation>Your route</translation>
    </message>
    <message>
        <source>Click an answer to change it.</source>
        <translation>Click an answer to change it.</translation>
    </message>
    <message>
        <source>Your answers so far</source>
        <translation>Your answers so far</translation>
    </message>
    <message>
        <source>Activate an answer to go back and change it.</source>
        <translation>Activate an answer to go back and change it.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::RuleSetCommands</name>
    <message>
        <source>Open a rule-set folder</source>
        <translation>Open a rule-set folder</translation>
    </message>
    <message>
        <source>the built-in rules</source>
        <translation>the built-in rules</translation>
    </message>
    <message>
        <source>The rule set in %1 has errors and was not loaded.</source>
        <translation>The rule set in %1 has errors and was not loaded.</translation>
    </message>
    <message>
        <source>Deelwijzer keeps using the rules it had (%1 version %2).</source>
        <translation>Deelwijzer keeps using the rules it had (%1 version %2).</translation>
    </message>
    <message numerus="yes">
        <source>The rules loaded with %n warning(s).</source>
        <translation>
            <numerusform>The rules loaded with %n warning.</numerusform>
            <numerusform>The rules loaded with %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deelwijzer::RuleSetController</name>
    <message>
        <source>The rule set could not be read.</source>
        <translation>The rule set could not be read.</translation>
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
        <translation>What the current rules advise for the same answers</translation>
    </message>
    <message>
        <source>Under the current rules the advice is %1.</source>
        <translation>Under the current rules the advice is %1.</translation>
    </message>
    <message>
        <source>The current rules ask a question these answers do not answer: “%1”. Answer it to see their advice.</source>
        <translation>The current rules ask a question these answers do not answer: “%1”. Answer it to see their advice.</translation>
    </message>
    <message>
        <source>The current rules do not accept the answer to “%1”; answer it again.</source>
        <translation>The current rules do not accept the answer to “%1”; answer it again.</translation>
    </message>
    <message>
        <source>This file does not record the advice as it was saved, so the two cannot be compared.</source>
        <translation>This file does not record the advice as it was saved, so the two cannot be compared.</translation>
    </message>
    <message>
        <source>When the advice was saved it was %1.</source>
        <translation>When the advice was saved it was %1.</translation>
    </message>
    <message>
        <source>The advice has not changed.</source>
        <translation>The advice has not changed.</translation>
    </message>
    <message>
        <source>The verdict differs.</source>
        <translation>The verdict differs.</translation>
    </message>
    <message>
        <source>The verdict is the same, but the advice rests on another outcome.</source>
        <translation>The verdict is the same, but the advice rests on another outcome.</translation>
    </message>
    <message>
        <source>Now also cited: %1.</source>
        <translation>Now also cited: %1.</translation>
    </message>
    <message>
        <source>No longer cited: %1.</source>
        <translation>No longer cited: %1.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::SessionNotices</name>
    <message>
        <source>This advice was saved under the rules %1 version %2. The rules in use now (%3 version %4) differ, so the advice shown follows the current rules and may differ from the saved one.</source>
        <translation>This advice was saved under the rules %1 version %2. The rules in use now (%3 version %4) differ, so the advice shown follows the current rules and may differ from the saved one.</translation>
    </message>
    <message>
        <source>Deelwijzer could not keep your answers safe automatically (%1). If Deelwijzer or the computer stops now, they are lost. Save the advice yourself (Ctrl+S), if need be in another folder.</source>
        <translation>Deelwijzer could not keep your answers safe automatically (%1). If Deelwijzer or the computer stops now, they are lost. Save the advice yourself (Ctrl+S), if need be in another folder.</translation>
    </message>
</context>
<context>
    <name>deelwijzer::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>Menu %1</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>Open a menu, or press the button whose letter is underlined</source>
        <translation>Open a menu, or press the button whose letter is underlined</translation>
    </message>
    <message>
        <source>Go to the menu bar</source>
        <translation>Go to the menu bar</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control; every control shows a focus frame</source>
        <translation>Next or previous control; every control shows a focus frame</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Press the button, tick the box or choose the answer with the focus</source>
        <translation>Press the button, tick the box or choose the answer with the focus</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Press the button with the focus, or open the link with the focus</source>
        <translation>Press the button with the focus, or open the link with the focus</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog or viewer</source>
        <translation>Close a dialog or viewer</translation>
    </message>
    <message>
        <source>On a question</source>
        <translation>On a question</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Up, Down</translation>
    </message>
    <message>
        <source>Previous or next answer (once an answer is chosen, they choose as well)</source>
        <translation>Previous or next answer (once an answer is chosen, they choose as well)</translation>
    </message>
    <message>
        <source>First letters of an answer</source>
        <translation>First letters of an answer</translation>
    </message>
    <message>
        <source>Go to that answer; the same letter again goes to the next one</source>
        <translation>Go to that answer; the same letter again goes to the next one</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>First or last answer</source>
        <translation>First or last answer</translation>
    </message>
    <message>
        <source>1 – 9</source>
        <translation>1 – 9</translation>
    </message>
    <message>
        <source>Choose the first to ninth answer</source>
        <translation>Choose the first to ninth answer</translation>
    </message>
    <message>
        <source>Choose the answer with the focus (tick or untick on a question with several answers)</source>
        <translation>Choose the answer with the focus (tick or untick on a question with several answers)</translation>
    </message>
    <message>
        <source>Go on to the next question once an answer is chosen; never chooses one</source>
        <translation>Go on to the next question once an answer is chosen; never chooses one</translation>
    </message>
    <message>
        <source>On the advice and the review</source>
        <translation>On the advice and the review</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Up, Down, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Scroll the advice</source>
        <translation>Scroll the advice</translation>
    </message>
    <message>
        <source>On the review: show the advice</source>
        <translation>On the review: show the advice</translation>
    </message>
    <message>
        <source>Training window</source>
        <translation>Training window</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Open a case file</translation>
    </message>
    <message>
        <source>Start the quiz on the chosen case</source>
        <translation>Start the quiz on the chosen case</translation>
    </message>
    <message>
        <source>Presenter view of the chosen case</source>
        <translation>Presenter view of the chosen case</translation>
    </message>
    <message>
        <source>Export the handout as PDF</source>
        <translation>Export the handout as PDF</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Print the handout</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3</source>
        <translation>Alt+1, Alt+2, Alt+3</translation>
    </message>
    <message>
        <source>Cases, quiz or rule tree</source>
        <translation>Cases, quiz or rule tree</translation>
    </message>
    <message>
        <source>+, −, Ctrl+0</source>
        <translation>+, −, Ctrl+0</translation>
    </message>
    <message>
        <source>Rule tree: zoom in, zoom out, fit</source>
        <translation>Rule tree: zoom in, zoom out, fit</translation>
    </message>
    <message>
        <source>Close the training window</source>
        <translation>Close the training window</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <source>Space, Enter, Right, Down, Page Down</source>
        <translation>Space, Enter, Right, Down, Page Down</translation>
    </message>
    <message>
        <source>Show the next step</source>
        <translation>Show the next step</translation>
    </message>
    <message>
        <source>Backspace, Left, Up, Page Up</source>
        <translation>Backspace, Left, Up, Page Up</translation>
    </message>
    <message>
        <source>Hide the last step</source>
        <translation>Hide the last step</translation>
    </message>
    <message>
        <source>No steps, all steps</source>
        <translation>No steps, all steps</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Full screen on or off</translation>
    </message>
    <message>
        <source>Close the presenter view</source>
        <translation>Close the presenter view</translation>
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
        <translation>Ask me every time</translation>
    </message>
    <message>
        <source>No rule set is loaded.</source>
        <translation>No rule set is loaded.</translation>
    </message>
    <message>
        <source>built into Deelwijzer</source>
        <translation>built into Deelwijzer</translation>
    </message>
    <message>
        <source>from the folder %1</source>
        <translation>from the folder %1</translation>
    </message>
    <message>
        <source>%1 (id %2, version %3), %4.</source>
        <translation>%1 (id %2, version %3), %4.</translation>
    </message>
    <message>
        <source>Describes the law as of %1.</source>
        <translation>Describes the law as of %1.</translation>
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
        <translation>May I share this information?</translation>
    </message>
    <message>
        <source>Deelwijzer helps you decide whether, how and on which legal ground you may share personal data in a case of (possible) human trafficking. You answer questions about your role and the situation, one at a time; never about names.</source>
        <translation>Deelwijzer helps you decide whether, how and on which legal ground you may share personal data in a case of (possible) human trafficking. You answer questions about your role and the situation, one at a time; never about names.</translation>
    </message>
    <message>
        <source>Deelwijzer was not closed normally. Your unfinished advice of %1 was kept. Do you want to continue it?</source>
        <translation>Deelwijzer was not closed normally. Your unfinished advice of %1 was kept. Do you want to continue it?</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <source>Start a &amp;new advice</source>
        <translation>Start a &amp;new advice</translation>
    </message>
    <message>
        <source>&amp;Open a saved advice…</source>
        <translation>&amp;Open a saved advice…</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Your &amp;role:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>Filled in for you on every new advice; you can still change it in the advice.</source>
        <translation>Filled in for you on every new advice; you can still change it in the advice.</translation>
    </message>
    <message>
        <source>Recently saved advices</source>
        <translation>Recently saved advices</translation>
    </message>
    <message>
        <source>No saved advices yet.</source>
        <translation>No saved advices yet.</translation>
    </message>
    <message>
        <source>Rules in use</source>
        <translation>Rules in use</translation>
    </message>
    <message>
        <source>Use rules from a &amp;folder…</source>
        <translation>Use rules from a &amp;folder…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in rules</source>
        <translation>Use the &amp;built-in rules</translation>
    </message>
    <message>
        <source>The advice supports your professional judgement; it does not replace it. When in doubt, ask your privacy officer (FG) or a lawyer.</source>
        <translation>The advice supports your professional judgement; it does not replace it. When in doubt, ask your privacy officer (FG) or a lawyer.</translation>
    </message>
    <message>
        <source>&amp;Restore the unfinished advice</source>
        <translation>&amp;Restore the unfinished advice</translation>
    </message>
    <message>
        <source>&amp;Continue the current advice</source>
        <translation>&amp;Continue the current advice</translation>
    </message>
</context>
<context>
    <name>deelwijzer::StatusLine</name>
    <message>
        <source>Kept safe automatically at %1</source>
        <translation>Kept safe automatically at %1</translation>
    </message>
    <message>
        <source>Could not keep your answers safe: %1</source>
        <translation>Could not keep your answers safe: %1</translation>
    </message>
    <message>
        <source>Your unfinished advice was restored.</source>
        <translation>Your unfinished advice was restored.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Autosave status</source>
        <translation>Autosave status</translation>
    </message>
    <message>
        <source>Rules in use</source>
        <translation>Rules in use</translation>
    </message>
    <message>
        <source>No rules loaded</source>
        <translation>No rules loaded</translation>
    </message>
    <message>
        <source>Rules: %1 %2 (%3)</source>
        <translation>Rules: %1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TermViewer</name>
    <message>
        <source>See also:</source>
        <translation>See also:</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>Glossary: %1</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TrainingLauncher</name>
    <message>
        <source>Training: cases, quiz and the rule tree</source>
        <translation>Training: cases, quiz and the rule tree</translation>
    </message>
    <message>
        <source>Practise with worked cases, run a quiz for a group, present on a projector, or see the whole decision tree.</source>
        <translation>Practise with worked cases, run a quiz for a group, present on a projector, or see the whole decision tree.</translation>
    </message>
    <message>
        <source>Open training mode</source>
        <translation>Open training mode</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Open &amp;training mode…</source>
        <translation>Open &amp;training mode…</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TrainingWindow</name>
    <message>
        <source>Export handout</source>
        <translation>Export handout</translation>
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
        <translation>Cases</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Rule tree</source>
        <translation>Rule tree</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
    <message>
        <source>Start &amp;quiz on the chosen case</source>
        <translation>Start &amp;quiz on the chosen case</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>&amp;Presenter view</translation>
    </message>
    <message>
        <source>&amp;Export handout as PDF…</source>
        <translation>&amp;Export handout as PDF…</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Print &amp;handout…</translation>
    </message>
    <message>
        <source>&amp;Close training</source>
        <translation>&amp;Close training</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>&amp;Rule tree</source>
        <translation>&amp;Rule tree</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TreeOverview</name>
    <message>
        <source>The rule tree could not be drawn: %1</source>
        <translation>The rule tree could not be drawn: %1</translation>
    </message>
    <message>
        <source>Why this is asked</source>
        <translation>Why this is asked</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>More help</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Branches on answers already given, in order; the first that holds is taken.</source>
        <translation>Branches on answers already given, in order; the first that holds is taken.</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>otherwise</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Legal grounds</translation>
    </message>
    <message>
        <source>What the rules cannot decide</source>
        <translation>What the rules cannot decide</translation>
    </message>
    <message>
        <source>Export rule tree as PDF poster</source>
        <translation>Export rule tree as PDF poster</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export rule tree</source>
        <translation>Export rule tree</translation>
    </message>
    <message>
        <source>Export rule tree as PNG image</source>
        <translation>Export rule tree as PNG image</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Whole tree</source>
        <translation>Whole tree</translation>
    </message>
    <message>
        <source>Export PDF poster…</source>
        <translation>Export PDF poster…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Drag to pan, Ctrl+wheel or +/− to zoom; click a node to read its text.</source>
        <translation>Drag to pan, Ctrl+wheel or +/− to zoom; click a node to read its text.</translation>
    </message>
    <message>
        <source>Click a question, decision or outcome to read its text here.</source>
        <translation>Click a question, decision or outcome to read its text here.</translation>
    </message>
    <message>
        <source>a decision on earlier answers</source>
        <translation>a decision on earlier answers</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Depends on earlier answers</source>
        <translation>Depends on earlier answers</translation>
    </message>
</context>
<context>
    <name>deelwijzer::TreeScene</name>
    <message>
        <source>otherwise</source>
        <translation>otherwise</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Deelwijzer rule tree: %1</source>
        <translation>Deelwijzer rule tree: %1</translation>
    </message>
    <message>
        <source>? Question (white)    ◇ Decision on earlier answers (grey, dashed)    Outcome: tinted, with the verdict&apos;s symbol    Thick orange: the current route</source>
        <translation>? Question (white)    ◇ Decision on earlier answers (grey, dashed)    Outcome: tinted, with the verdict&apos;s symbol    Thick orange: the current route</translation>
    </message>
    <message>
        <source>? Question</source>
        <translation>? Question</translation>
    </message>
    <message>
        <source>◇ Depends on the answers to</source>
        <translation>◇ Depends on the answers to</translation>
    </message>
</context>
<context>
    <name>deelwijzer::VerdictBanner</name>
    <message>
        <source>Advice: %1</source>
        <translation>Advice: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Decide whether, how and on which legal ground you may share personal data.</source>
        <translation>Decide whether, how and on which legal ground you may share personal data.</translation>
    </message>
    <message>
        <source>Use the rule set in &lt;folder&gt;.</source>
        <translation>Use the rule set in &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>Language: nl or en.</source>
        <translation>Language: nl or en.</translation>
    </message>
    <message>
        <source>Start a new advice.</source>
        <translation>Start a new advice.</translation>
    </message>
    <message>
        <source>Show this page of the opened advice: review or advice.</source>
        <translation>Show this page of the opened advice: review or advice.</translation>
    </message>
    <message>
        <source>Text size in percent (100-200).</source>
        <translation>Text size in percent (100-200).</translation>
    </message>
    <message>
        <source>Use the high-contrast palette.</source>
        <translation>Use the high-contrast palette.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1100x760.</source>
        <translation>Window size, e.g. 1100x760.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit (for the documentation).</source>
        <translation>Save a picture of the window to &lt;file&gt; and quit (for the documentation).</translation>
    </message>
    <message>
        <source>Quit once the window is shown (timing).</source>
        <translation>Quit once the window is shown (timing).</translation>
    </message>
    <message>
        <source>Keep settings in &lt;file&gt; (INI) instead of the usual place.</source>
        <translation>Keep settings in &lt;file&gt; (INI) instead of the usual place.</translation>
    </message>
    <message>
        <source>A saved advice to open.</source>
        <translation>A saved advice to open.</translation>
    </message>
    <message>
        <source>Unknown language %1: use nl or en.</source>
        <translation>Unknown language %1: use nl or en.</translation>
    </message>
    <message>
        <source>Open training mode on a tab: cases, quiz or tree (with --screenshot: a picture of the training window).</source>
        <translation>Open training mode on a tab: cases, quiz or tree (with --screenshot: a picture of the training window).</translation>
    </message>
</context>
</TS>
