# Every message lupdate records must be found at run time: QCoreApplication::translate looks a
# message up by its context and source text, so a message that lupdate files under another
# context than the code asks for stays in English whatever the translation says. This lists the
# contexts lupdate records from app/ and those the code can ask for (tr() of a Q_OBJECT class,
# Q_DECLARE_TR_FUNCTIONS, literal contexts of translate() and QT_TRANSLATE_NOOP) and fails on
# every recorded context the code never asks for (e.g. "deelwijzer", from a tr() lambda in a
# free function of the namespace).
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check-translation-contexts.cmake
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "check-translation-contexts.cmake needs -D${var}=...")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(ts ${WORK_DIR}/contexts.ts)
execute_process(COMMAND ${LUPDATE} -locations none -extensions cpp,h ${SOURCE_DIR}/app -ts ${ts}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()
file(READ ${ts} content)
string(REGEX MATCHALL "<name>[^<]*</name>" names "${content}")
set(recorded)
foreach(name ${names})
  string(REGEX REPLACE "<name>([^<]*)</name>" "\\1" name "${name}")
  list(APPEND recorded "${name}")
endforeach()
list(LENGTH recorded count)
if(count LESS 20)
  message(FATAL_ERROR "lupdate recorded only ${count} contexts from ${SOURCE_DIR}/app: not checked")
endif()

file(GLOB_RECURSE sources ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(asked)
foreach(source ${sources})
  file(READ ${source} text)
  string(REPLACE ";" "," text "${text}")
  set(namespace "")
  if(text MATCHES "namespace deelwijzer {")
    set(namespace "deelwijzer::")
  endif()
  # tr() of a Q_OBJECT class asks for its qualified class name.
  string(REGEX MATCHALL "class [A-Za-z_]+[^{,]*{[ \n]*Q_OBJECT" classes "${text}")
  foreach(class ${classes})
    string(REGEX REPLACE "class ([A-Za-z_]+).*" "\\1" class "${class}")
    list(APPEND asked "${namespace}${class}")
  endforeach()
  # Q_DECLARE_TR_FUNCTIONS(X) asks for "X" as written.
  string(REGEX MATCHALL "Q_DECLARE_TR_FUNCTIONS\\([A-Za-z_:]+\\)" declared "${text}")
  foreach(context ${declared})
    string(REGEX REPLACE "Q_DECLARE_TR_FUNCTIONS\\(([A-Za-z_:]+)\\)" "\\1" context "${context}")
    list(APPEND asked "${context}")
  endforeach()
  # translate("X", ...), QT_TRANSLATE_NOOP("X", ...) and their variants ask for "X".
  string(REGEX MATCHALL "(translate|QT_TRANSLATE_N?_?NOOP3?)\\([ \n]*\"[^\"]*\"" literals "${text}")
  foreach(context ${literals})
    string(REGEX REPLACE ".*\"([^\"]*)\"" "\\1" context "${context}")
    list(APPEND asked "${context}")
  endforeach()
endforeach()
list(REMOVE_DUPLICATES asked)

set(unmatched)
foreach(context ${recorded})
  list(FIND asked "${context}" found)
  if(found EQUAL -1)
    list(APPEND unmatched "${context}")
  endif()
endforeach()
if(unmatched)
  string(REPLACE ";" "\n  " unmatched "${unmatched}")
  message(FATAL_ERROR "lupdate records these contexts, but no code asks for them (their messages stay "
                      "in English): use the class's own tr(), Q_DECLARE_TR_FUNCTIONS or a literal "
                      "translate(\"Context\", ...) instead of a tr() of your own:\n  ${unmatched}")
endif()
message("all ${count} contexts lupdate records are asked for by the code")
