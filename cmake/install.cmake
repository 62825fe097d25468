# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install`: the pyvm command, the embedding library (with the
# libraries it is made of) and its headers, a CMake package for
# find_package(pyvm) with the target pyvm::pyvm, and pyvm.pc for pkg-config.
include(CMakePackageConfigHelpers)

install(TARGETS pyvm RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS pyvm_embed pyvm_frozen pyvm_core EXPORT pyvmTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY include/pyvm DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(PYVM_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/pyvm)
install(EXPORT pyvmTargets NAMESPACE pyvm:: DESTINATION ${PYVM_CMAKE_DIR})
configure_package_config_file(cmake/pyvmConfig.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/pyvmConfig.cmake
                              INSTALL_DESTINATION ${PYVM_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/pyvmConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/pyvmConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/pyvmConfigVersion.cmake
        DESTINATION ${PYVM_CMAKE_DIR})

# pkg-config: the libraries in the order a static link needs them.
set(PYVM_PKG_CONFIG_LIBS "-lpyvm_embed -lpyvm_frozen -lpyvm_core ${GMP_LIBRARY}")
if(READLINE_LIBRARY AND READLINE_INCLUDE_DIR)
  string(APPEND PYVM_PKG_CONFIG_LIBS " ${READLINE_LIBRARY}")
endif()
string(APPEND PYVM_PKG_CONFIG_LIBS " -pthread")
if(PYVM_SANITIZE)
  string(APPEND PYVM_PKG_CONFIG_LIBS " -fsanitize=address,undefined")
endif()
# (The prefix is found from the file's own place, so that it holds wherever
# --prefix put it.)
file(RELATIVE_PATH PYVM_PKG_CONFIG_PREFIX /root/${CMAKE_INSTALL_LIBDIR}/pkgconfig /root)
configure_file(cmake/pyvm.pc.in ${CMAKE_CURRENT_BINARY_DIR}/pyvm.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/pyvm.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
