# Install rules for the package metadata: CMake package config (+ version
# file and exported targets), pkg-config file and man pages.  Included from
# the top-level CMakeLists.txt.
include(CMakePackageConfigHelpers)

set(SM_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/SharedMem)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/SharedMemConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/SharedMemConfig.cmake
  INSTALL_DESTINATION ${SM_CMAKE_DIR}
  PATH_VARS CMAKE_INSTALL_BINDIR CMAKE_INSTALL_INCLUDEDIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/SharedMemConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/SharedMemConfig.cmake
  ${PROJECT_BINARY_DIR}/cmake/SharedMemConfigVersion.cmake DESTINATION ${SM_CMAKE_DIR})
install(EXPORT SharedMemTargets NAMESPACE SharedMem:: DESTINATION ${SM_CMAKE_DIR})

# The .pc file finds its prefix from its own location, so the tree can be
# installed anywhere (cmake --install build --prefix P).
file(RELATIVE_PATH SM_PC_TO_PREFIX /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${PROJECT_SOURCE_DIR}/sharedmem.pc.in ${PROJECT_BINARY_DIR}/sharedmem.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/sharedmem.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(FILES ${PROJECT_SOURCE_DIR}/docs/man/smcc.1 ${PROJECT_SOURCE_DIR}/docs/man/smpp.1
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/docs/man/sharedmem.7 DESTINATION ${CMAKE_INSTALL_MANDIR}/man7)
