# One INTERFACE target carries the settings every dibao target shares.
add_library(dibao_settings INTERFACE)
target_compile_features(dibao_settings INTERFACE cxx_std_20)
target_compile_definitions(dibao_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(dibao_settings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(DIBAO_ASAN)
  target_compile_options(dibao_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(dibao_settings INTERFACE -fsanitize=address,undefined)
endif()
