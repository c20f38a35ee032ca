<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>unsupported case-file format '%1' (this version reads format %2)</source>
        <translation>unsupported case-file format '%1' (this version reads format %2)</translation>
    </message>
    <message>
        <source>'sha256' must be 64 lowercase hexadecimal digits</source>
        <translation>'sha256' must be 64 lowercase hexadecimal digits</translation>
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
        <source>the answer to '%1' must be an answer id or a list of answer ids</source>
        <translation>the answer to '%1' must be an answer id or a list of answer ids</translation>
    </message>
    <message>
        <source>'saved' must be a date and time like 2026-11-28T14:05:00Z</source>
        <translation>'saved' must be a date and time like 2026-11-28T14:05:00Z</translation>
    </message>
    <message>
        <source>a text or a text per language</source>
        <translation>a text or a text per language</translation>
    </message>
    <message>
        <source>'%1' is not a language code like nl or en</source>
        <translation>'%1' is not a language code like nl or en</translation>
    </message>
    <message>
        <source>invalid verdict '%1'; use one of: %2</source>
        <translation>invalid verdict '%1'; use one of: %2</translation>
    </message>
    <message>
        <source>file is too large for a case file</source>
        <translation>file is too large for a case file</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>saved, but could not make the file private</source>
        <translation>saved, but could not make the file private</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use the rule set in folder &lt;dir&gt; instead of the built-in one.</source>
        <translation>Use the rule set in folder &lt;dir&gt; instead of the built-in one.</translation>
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
        <translation>Usage:
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
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>unknown command '%1'</translation>
    </message>
    <message>
        <source>deelwijzer-cli: the rule set in '%1' is invalid (errors: %2)</source>
        <translation>deelwijzer-cli: the rule set in '%1' is invalid (errors: %2)</translation>
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
        <source>%1: rule set '%2' version %3 (%4): %5 questions, %6 decisions, %7 outcomes, %8 grounds, %9 glossary terms</source>
        <translation>%1: rule set '%2' version %3 (%4): %5 questions, %6 decisions, %7 outcomes, %8 grounds, %9 glossary terms</translation>
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
        <source>--lang must be nl or en, not '%1'</source>
        <translation>--lang must be nl or en, not '%1'</translation>
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
        <source>the output must end in .pdf, .odt or .html, not '%1'</source>
        <translation>the output must end in .pdf, .odt or .html, not '%1'</translation>
    </message>
    <message>
        <source>--lang must be nl, en or both, not '%1'</source>
        <translation>--lang must be nl, en or both, not '%1'</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: cannot write the report: %2</translation>
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
        <source>'%1' is not a valid verification code: check it for a typo (the form is XXXX-XXXX-XXXX)</source>
        <translation>'%1' is not a valid verification code: check it for a typo (the form is XXXX-XXXX-XXXX)</translation>
    </message>
    <message>
        <source>OK: code %1 belongs to this case under rule set '%2' version %3: "%4" (outcome %5).</source>
        <translation>OK: code %1 belongs to this case under rule set '%2' version %3: "%4" (outcome %5).</translation>
    </message>
    <message>
        <source>The code %1 belongs to this case under the rules it was saved with (version %2, fingerprint %3…), but the rules have changed since. Under the current rules (version %4) the advice is "%5" with code %6.</source>
        <translation>The code %1 belongs to this case under the rules it was saved with (version %2, fingerprint %3…), but the rules have changed since. Under the current rules (version %4) the advice is "%5" with code %6.</translation>
    </message>
    <message>
        <source>MISMATCH: code %1 does not belong to this case under rule set '%2' version %3 (its code is %4).</source>
        <translation>MISMATCH: code %1 does not belong to this case under rule set '%2' version %3 (its code is %4).</translation>
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
        <source>no case files given and none in '%1'</source>
        <translation>no case files given and none in '%1'</translation>
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
        <source>has no 'expect' block</source>
        <translation>has no 'expect' block</translation>
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
        <extracomment>%1 is a list such as "a name, a phone number"</extracomment>
        <translation>This looks like %1. Do not enter personal data here: use your own case number instead.</translation>
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
        <translation>Export advice</translation>
    </message>
    <message>
        <source>PDF (PDF/A, for the file and for printing)</source>
        <translation>PDF (PDF/A, for the file and for printing)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, to edit in a word processor)</source>
        <translation>OpenDocument text (ODT, to edit in a word processor)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Web page (HTML)</translation>
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
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>The advice could not be saved.

%1</source>
        <translation>The advice could not be saved.

%1</translation>
    </message>
</context>
<context>
    <name>RuleSetLoader</name>
    <message>
        <source>the manifest</source>
        <translation>the manifest</translation>
    </message>
    <message>
        <source>the manifest has no 'ruleset' section</source>
        <translation>the manifest has no 'ruleset' section</translation>
    </message>
    <message>
        <source>'languages' must name at least one language</source>
        <translation>'languages' must name at least one language</translation>
    </message>
    <message>
        <source>version '%1' is not of the form MAJOR.MINOR.PATCH</source>
        <translation>version '%1' is not of the form MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>valid_to lies before valid_from</source>
        <translation>valid_to lies before valid_from</translation>
    </message>
    <message>
        <source>unknown status '%1'; use one of: %2</source>
        <translation>unknown status '%1'; use one of: %2</translation>
    </message>
    <message>
        <source>'%1' must be a path inside the rule-set folder</source>
        <translation>'%1' must be a path inside the rule-set folder</translation>
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
        <source>the 'ruleset' section belongs in ruleset.yaml only</source>
        <translation>the 'ruleset' section belongs in ruleset.yaml only</translation>
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
        <source>an entry of '%1'</source>
        <translation>an entry of '%1'</translation>
    </message>
    <message>
        <source>duplicate %1 id '%2' (first defined at %3:%4:%5)</source>
        <translation>duplicate %1 id '%2' (first defined at %3:%4:%5)</translation>
    </message>
    <message>
        <source>'%1' is a reserved word in conditions and cannot be a question id</source>
        <translation>'%1' is a reserved word in conditions and cannot be a question id</translation>
    </message>
    <message>
        <source>question type must be 'single' or 'multiple', not '%1'</source>
        <translation>question type must be 'single' or 'multiple', not '%1'</translation>
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
        <source>'exclusive' only makes sense in a multiple-choice question</source>
        <translation>'exclusive' only makes sense in a multiple-choice question</translation>
    </message>
    <message>
        <source>answers of a multiple-choice question cannot have their own 'next'; route with a decision</source>
        <translation>answers of a multiple-choice question cannot have their own 'next'; route with a decision</translation>
    </message>
    <message>
        <source>multiple-choice question '%1' needs a 'next'</source>
        <translation>multiple-choice question '%1' needs a 'next'</translation>
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
        <source>invalid verdict '%1'; use one of: %2</source>
        <translation>invalid verdict '%1'; use one of: %2</translation>
    </message>
    <message>
        <source>law</source>
        <translation>law</translation>
    </message>
    <message>
        <source>'%1' is not a BWB id (like BWBR0022463)</source>
        <translation>'%1' is not a BWB id (like BWBR0022463)</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>ground</translation>
    </message>
    <message>
        <source>ground status must be 'verified' or 'unsure', not '%1'</source>
        <translation>ground status must be 'verified' or 'unsure', not '%1'</translation>
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
        <source>no file matches '%1'</source>
        <translation>no file matches '%1'</translation>
    </message>
    <message>
        <source>folder does not exist</source>
        <translation>folder does not exist</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>cannot read file: %1</translation>
    </message>
</context>
<context>
    <name>RuleSetStatus</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>reconstructed</source>
        <translation>reconstructed</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>RuleSetValidator</name>
    <message>
        <source>%1 '%2' does not exist (no question, decision or outcome has this id)</source>
        <translation>%1 '%2' does not exist (no question, decision or outcome has this id)</translation>
    </message>
    <message>
        <source>source '%1' does not exist</source>
        <translation>source '%1' does not exist</translation>
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
        <source>answer '%1' of question '%2' leads nowhere: give it a 'next' or give the question one</source>
        <translation>answer '%1' of question '%2' leads nowhere: give it a 'next' or give the question one</translation>
    </message>
    <message>
        <source>every answer of '%1' is exclusive; make it a single-choice question</source>
        <translation>every answer of '%1' is exclusive; make it a single-choice question</translation>
    </message>
    <message>
        <source>condition tests '%1', which is not a question</source>
        <translation>condition tests '%1', which is not a question</translation>
    </message>
    <message>
        <source>question '%1' has no answer '%2'</source>
        <translation>question '%1' has no answer '%2'</translation>
    </message>
    <message>
        <source>'all' can never hold: question '%1' takes only one answer</source>
        <translation>'all' can never hold: question '%1' takes only one answer</translation>
    </message>
    <message>
        <source>'otherwise' node</source>
        <translation>'otherwise' node</translation>
    </message>
    <message>
        <source>%1 '%2' does not exist</source>
        <translation>%1 '%2' does not exist</translation>
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
        <source>outcome '%1' says '%2' but cites no legal ground that always applies</source>
        <translation>outcome '%1' says '%2' but cites no legal ground that always applies</translation>
    </message>
    <message>
        <source>ground '%1' names law '%2', which is not in the law catalogue</source>
        <translation>ground '%1' names law '%2', which is not in the law catalogue</translation>
    </message>
    <message>
        <source>glossary term '%1' refers to '%2', which is not in the glossary</source>
        <translation>glossary term '%1' refers to '%2', which is not in the glossary</translation>
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
        <source>'%1' can never be reached from the start node '%2'</source>
        <translation>'%1' can never be reached from the start node '%2'</translation>
    </message>
    <message>
        <source>%1 tests '%2', but not every route to '%3' asks '%2' first</source>
        <translation>%1 tests '%2', but not every route to '%3' asks '%2' first</translation>
    </message>
    <message>
        <source>this branch</source>
        <translation>this branch</translation>
    </message>
    <message>
        <source>the citation of '%1'</source>
        <translation>the citation of '%1'</translation>
    </message>
    <message>
        <source>condition '%1' is not used by any outcome</source>
        <translation>condition '%1' is not used by any outcome</translation>
    </message>
    <message>
        <source>action '%1' is not used by any outcome</source>
        <translation>action '%1' is not used by any outcome</translation>
    </message>
    <message>
        <source>law '%1' is not named by any ground</source>
        <translation>law '%1' is not named by any ground</translation>
    </message>
    <message>
        <source>source '%1' is not cited anywhere</source>
        <translation>source '%1' is not cited anywhere</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>%1 must be a mapping (key: value), not %2</source>
        <translation>%1 must be a mapping (key: value), not %2</translation>
    </message>
    <message>
        <source>%1 is missing '%2'</source>
        <translation>%1 is missing '%2'</translation>
    </message>
    <message>
        <source>'%1' of %2 is empty</source>
        <translation>'%1' of %2 is empty</translation>
    </message>
    <message>
        <source>unknown key '%1' in %2; did you mean '%3'?</source>
        <translation>unknown key '%1' in %2; did you mean '%3'?</translation>
    </message>
    <message>
        <source>unknown key '%1' in %2 (allowed: %3)</source>
        <translation>unknown key '%1' in %2 (allowed: %3)</translation>
    </message>
    <message>
        <source>'%1' must be %2, not %3</source>
        <translation>'%1' must be %2, not %3</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <source>invalid %1 '%2': use lowercase letters, digits, '-' and '_'</source>
        <translation>invalid %1 '%2': use lowercase letters, digits, '-' and '_'</translation>
    </message>
    <message>
        <source>a list of ids</source>
        <translation>a list of ids</translation>
    </message>
    <message>
        <source>'%1' appears twice in '%2'</source>
        <translation>'%1' appears twice in '%2'</translation>
    </message>
    <message>
        <source>'%1' must be a date like 2026-09-01, not '%2'</source>
        <translation>'%1' must be a date like 2026-09-01, not '%2'</translation>
    </message>
    <message>
        <source>'%1' needs a text per language, like {%2}</source>
        <translation>'%1' needs a text per language, like {%2}</translation>
    </message>
    <message>
        <source>unknown language '%1' in '%2' (the rule set's languages: %3)</source>
        <translation>unknown language '%1' in '%2' (the rule set's languages: %3)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>the %1 text of '%2' is empty</source>
        <translation>the %1 text of '%2' is empty</translation>
    </message>
    <message>
        <source>'%1' has no %2 translation</source>
        <translation>'%1' has no %2 translation</translation>
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
        <source>invalid question id '%1' in condition</source>
        <translation>invalid question id '%1' in condition</translation>
    </message>
    <message>
        <source>use exactly one of 'any', 'all' or 'none' for '%1'</source>
        <translation>use exactly one of 'any', 'all' or 'none' for '%1'</translation>
    </message>
    <message>
        <source>condition on '%1'</source>
        <translation>condition on '%1'</translation>
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
        <source>'%1' must be a web address starting with https://</source>
        <translation>'%1' must be a web address starting with https://</translation>
    </message>
    <message>
        <source>'%1' must be true or false</source>
        <translation>'%1' must be true or false</translation>
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
        <source>'[[' without closing ']]'</source>
        <translation>'[[' without closing ']]'</translation>
    </message>
    <message>
        <source>'[[' inside a link</source>
        <translation>'[[' inside a link</translation>
    </message>
    <message>
        <source>a link '[[...]]' without a target</source>
        <translation>a link '[[...]]' without a target</translation>
    </message>
    <message>
        <source>a link '[[%1|]]' with no words after '|'</source>
        <translation>a link '[[%1|]]' with no words after '|'</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <source>file is too large (%1 MiB; at most %2 MiB)</source>
        <translation>file is too large (%1 MiB; at most %2 MiB)</translation>
    </message>
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
        <source>duplicate key '%1'</source>
        <translation>duplicate key '%1'</translation>
    </message>
</context>
<context>
    <name>deelwijzer</name>
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
</context>
<context>
    <name>deelwijzer::AdvicePage</name>
    <message>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Legal grounds</translation>
    </message>
    <message>
        <source>Show the legal ground: text, meaning and official source</source>
        <translation>Show the legal ground: text, meaning and official source</translation>
    </message>
    <message>
        <source>Legal ground %1: show details</source>
        <translation>Legal ground %1: show details</translation>
    </message>
    <message>
        <source>This ground is uncertain: check it with your privacy officer or lawyer.</source>
        <translation>This ground is uncertain: check it with your privacy officer or lawyer.</translation>
    </message>
    <message>
        <source>Conditions: check each one before you share</source>
        <translation>Conditions: check each one before you share</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>What Deelwijzer cannot decide for you</source>
        <translation>What Deelwijzer cannot decide for you</translation>
    </message>
    <message>
        <source>You answered "not sure"</source>
        <translation>You answered "not sure"</translation>
    </message>
    <message>
        <source>This advice rests partly on facts you did not know. Find them out if you can, and change the answer: the advice may then be different.</source>
        <translation>This advice rests partly on facts you did not know. Find them out if you can, and change the answer: the advice may then be different.</translation>
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
    <message numerus="yes">
        <source>Why this advice (%n step(s))</source>
        <translation><numerusform>Why this advice (%n step)</numerusform><numerusform>Why this advice (%n steps)</numerusform></translation>
    </message>
    <message>
        <source>Why this advice</source>
        <translation>Why this advice</translation>
    </message>
    <message>
        <source>Rules: %1, version %2 (%3). Fingerprint %4. Verification code %5. %6</source>
        <translation>Rules: %1, version %2 (%3). Fingerprint %4. Verification code %5. %6</translation>
    </message>
    <message>
        <source>This advice supports your professional judgement; it does not replace it. Record what you decided and why.</source>
        <translation>This advice supports your professional judgement; it does not replace it. Record what you decided and why.</translation>
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
        <source>this case was written for rule set '%1', not '%2'</source>
        <translation>this case was written for rule set '%1', not '%2'</translation>
    </message>
    <message>
        <source>the rules have changed since this case was saved (saved under version %1, fingerprint %2…; now version %3, fingerprint %4…)</source>
        <translation>the rules have changed since this case was saved (saved under version %1, fingerprint %2…; now version %3, fingerprint %4…)</translation>
    </message>
    <message>
        <source>unknown question '%1': the rules never ask it</source>
        <translation>unknown question '%1': the rules never ask it</translation>
    </message>
    <message>
        <source>invalid answer to '%1': %2</source>
        <translation>invalid answer to '%1': %2</translation>
    </message>
    <message>
        <source>the answer to '%1' is not used: the route does not ask it</source>
        <translation>the answer to '%1' is not used: the route does not ask it</translation>
    </message>
    <message>
        <source>'current' names '%1', which is not a question</source>
        <translation>'current' names '%1', which is not a question</translation>
    </message>
    <message>
        <source>expected outcome '%1' does not exist</source>
        <translation>expected outcome '%1' does not exist</translation>
    </message>
    <message>
        <source>expected ground '%1' does not exist</source>
        <translation>expected ground '%1' does not exist</translation>
    </message>
    <message>
        <source>expected condition '%1' does not exist</source>
        <translation>expected condition '%1' does not exist</translation>
    </message>
    <message>
        <source>expected route names '%1', which is not a question</source>
        <translation>expected route names '%1', which is not a question</translation>
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
</context>
<context>
    <name>deelwijzer::MainWindow</name>
    <message>
        <source>Kept safe automatically at %1</source>
        <translation>Kept safe automatically at %1</translation>
    </message>
    <message>
        <source>Could not keep your answers safe: %1</source>
        <translation>Could not keep your answers safe: %1</translation>
    </message>
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
        <source>Switch between &amp;route and question</source>
        <translation>Switch between &amp;route and question</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
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
        <source>About the &amp;rules in use</source>
        <translation>About the &amp;rules in use</translation>
    </message>
    <message>
        <source>&amp;About Deelwijzer</source>
        <translation>&amp;About Deelwijzer</translation>
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
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>No rules loaded</source>
        <translation>No rules loaded</translation>
    </message>
    <message>
        <source>Rules: %1 %2 (%3)</source>
        <translation>Rules: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>New advice</source>
        <translation>New advice</translation>
    </message>
    <message>
        <source>An answer does not fit the rules in use (%1). Please answer this question again.</source>
        <translation>An answer does not fit the rules in use (%1). Please answer this question again.</translation>
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
        <source>This advice was saved under the rules %1 version %2. The rules in use now (%3 version %4) differ, so the advice shown follows the current rules and may differ from the saved one.</source>
        <translation>This advice was saved under the rules %1 version %2. The rules in use now (%3 version %4) differ, so the advice shown follows the current rules and may differ from the saved one.</translation>
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
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>The unfinished advice could not be restored (it no longer fits the rules in use).</source>
        <translation>The unfinished advice could not be restored (it no longer fits the rules in use).</translation>
    </message>
    <message>
        <source>Your unfinished advice was restored.</source>
        <translation>Your unfinished advice was restored.</translation>
    </message>
    <message>
        <source>Unsaved advice</source>
        <translation>Unsaved advice</translation>
    </message>
    <message>
        <source>Your advice has not been saved. Do you want to save it first?</source>
        <translation>Your advice has not been saved. Do you want to save it first?</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>The advice was sent to the printer.</source>
        <translation>The advice was sent to the printer.</translation>
    </message>
    <message>
        <source>Open a rule-set folder</source>
        <translation>Open a rule-set folder</translation>
    </message>
    <message numerus="yes">
        <source>The rules loaded with %n warning(s).</source>
        <translation><numerusform>The rules loaded with %n warning.</numerusform><numerusform>The rules loaded with %n warnings.</numerusform></translation>
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
        <source>Not sure?</source>
        <translation>Not sure?</translation>
    </message>
    <message>
        <source>"Not sure" is an honest answer. Deelwijzer will not guess: the advice then tells you what to find out or whom to consult.</source>
        <translation>"Not sure" is an honest answer. Deelwijzer will not guess: the advice then tells you what to find out or whom to consult.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>Filled in from your role. Choose another answer if it is different this time.</source>
        <translation>Filled in from your role. Choose another answer if it is different this time.</translation>
    </message>
    <message>
        <source>Keys: arrows or 1–9 to choose, Enter to go on</source>
        <translation>Keys: arrows or 1–9 to choose, Enter to go on</translation>
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
        <source>Keys: Tab or arrows to move, Space to tick, Enter to go on</source>
        <translation>Keys: Tab or arrows to move, Space to tick, Enter to go on</translation>
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
</context>
<context>
    <name>deelwijzer::ReviewPage</name>
    <message>
        <source>not sure</source>
        <translation>not sure</translation>
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
    <name>deelwijzer::RuleSetController</name>
    <message>
        <source>The rule set could not be read.</source>
        <translation>The rule set could not be read.</translation>
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
        <source>&amp;Continue unfinished advice</source>
        <translation>&amp;Continue unfinished advice</translation>
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
    <name>deelwijzer::YamlDocument</name>
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
</context>
</TS>
