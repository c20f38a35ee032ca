# Installation and the Debian package (CPack). Included at the end of the top-level
# CMakeLists.txt. `cmake --install build/release --prefix /usr` or `cpack -G DEB` in the build.
include(GNUInstallDirs)

set(DEELWIJZER_APP_ID nl.deelwijzer.deelwijzer)

if(TARGET deelwijzer)
  install(TARGETS deelwijzer RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${PROJECT_SOURCE_DIR}/resources/${DEELWIJZER_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/${DEELWIJZER_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/${DEELWIJZER_APP_ID}.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
# deelwijzer-cli installs itself (app/cli/CMakeLists.txt).
# The rule sets as readable text beside the binaries (the programs carry them compiled in).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/deelwijzer/rules
        FILES_MATCHING PATTERN "*.yaml" PATTERN "*.md")
if(EXISTS ${PROJECT_SOURCE_DIR}/README.md)
  install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/deelwijzer)
endif()

set(CPACK_PACKAGE_NAME "deelwijzer")
set(CPACK_PACKAGE_VENDOR "Deelwijzer")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Advice on sharing personal data in human-trafficking cases")
set(CPACK_PACKAGE_DESCRIPTION
    "Deelwijzer helps Dutch professionals decide whether, how and on which legal ground they may share personal data in a case of (possible) human trafficking. Desktop app (deelwijzer) and command line (deelwijzer-cli); works offline.")
set(CPACK_PACKAGE_CONTACT "Deelwijzer maintainers <maintainers@deelwijzer.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "deelwijzer")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)            # deelwijzer_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)             # needs dpkg-shlibdeps (dpkg-dev) and file
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "")
# Translations of Qt's own dialogs (print, file) in Dutch.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
