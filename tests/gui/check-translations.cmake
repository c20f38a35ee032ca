# Every UI string is translated into Dutch and English. The committed .ts files may lag behind
# the sources, so lupdate first refreshes copies of them (with the options of the
# update_translations target) and a string nobody translated yet fails the check.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check-translations.cmake
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "check-translations.cmake needs -D${var}=...")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(GLOB ts_files ${SOURCE_DIR}/translations/*.ts)
list(LENGTH ts_files count)
if(count LESS 2)
  message(FATAL_ERROR "expected the Dutch and English .ts files in ${SOURCE_DIR}/translations")
endif()
set(copies)
foreach(ts ${ts_files})
  get_filename_component(name ${ts} NAME)
  file(COPY_FILE ${ts} ${WORK_DIR}/${name})
  list(APPEND copies ${WORK_DIR}/${name})
endforeach()

execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none -extensions cpp,h ${SOURCE_DIR}/app -ts ${copies}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()

set(failed FALSE)
foreach(copy ${copies})
  file(READ ${copy} content)
  # Entities end in ';', which CMake lists split on: decode quotes, then make the rest commas.
  string(REPLACE "&apos;" "'" content "${content}")
  string(REPLACE "&quot;" "\"" content "${content}")
  string(REPLACE ";" "," content "${content}")
  # One match per untranslated message: its source and the empty unfinished translation.
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" unfinished "${content}")
  string(FIND "${content}" "type=\"unfinished\"" any)
  if(unfinished OR NOT any EQUAL -1)
    set(failed TRUE)
    get_filename_component(name ${copy} NAME)
    message("${name}: untranslated after lupdate:")
    foreach(entry ${unfinished})
      string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
      message("  ${text}")
    endforeach()
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "run the update_translations target, translate the new strings into Dutch and English and commit translations/*.ts")
endif()
message("all strings translated (${count} languages)")
