# Writes one file as a C++ byte array (run by cmake -P from Embed.cmake). A trailing NUL is appended so
# text files can be viewed as C strings; the size excludes it.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}" "// Generated from ${IN}\nextern const unsigned char ${IDENT}_data[] = {\n${bytes}0x00};\nextern const unsigned long ${IDENT}_size = ${size};\n")
