// pdf_builder.h: minimal PDFs written by the tests, one object at a time, with a correct cross-reference table
// (or a deliberately broken one). Each font and encoding case of the text layer gets a file made for it here, so
// the tests need no tool that writes PDFs and show exactly what each file holds. qpdf compresses and encrypts:
// pdf_builder.cpp is compiled as C++17, like the core's qpdf boundary (core/pdf/pdf_file.h says why).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dhrv::testing {

class PdfBuilder {
 public:
  // Adds an object (its body without "N 0 obj"/"endobj") and returns its number.
  int add(std::string body);
  // Adds a stream object with the given dictionary entries (without /Length, which is added).
  int add_stream(const std::string& dict_entries, const std::string& data);
  // Reserves a number now and sets the body later (for objects that refer to each other).
  int reserve();
  void set(int number, std::string body);
  // A page with the given content stream and resources dictionary, in a Pages tree shared by all pages.
  int add_page(const std::string& content, const std::string& resources, const std::string& extra = "");
  // A page made of these dictionary entries (its /Contents among them), in the same Pages tree.
  int add_page_entries(const std::string& entries);
  // The whole file; `root_extra` goes into the catalog dictionary, `trailer_extra` into the trailer.
  std::string build(const std::string& root_extra = "", const std::string& trailer_extra = "") const;

  // A simple font dictionary body for a standard font ("Helvetica"), WinAnsiEncoding, no widths.
  static std::string standard_font(const std::string& base = "Helvetica");
  // A PDF string literal, escaped.
  static std::string literal(const std::string& s);
  static std::string hex(const std::string& bytes);

 private:
  std::vector<std::string> objects_;  // index = number - 1
  std::vector<int> pages_;
  int pages_root_ = 0;
};

// A TrueType font program with only what a text layer reads: a 'cmap' (format 4 for platform/encoding
// `platform`,`encoding`) mapping `codes` to glyphs 1..n, and a 'post' table (format 2) naming those glyphs.
std::string truetype_program(int platform, int encoding, const std::vector<std::uint32_t>& codes,
                             const std::vector<std::string>& glyph_names);

// Deflate-compressed bytes (zlib format), as FlateDecode streams hold them.
std::string deflate(const std::string& bytes);

// The file encrypted (AES-256) with these passwords, written by qpdf.
std::string encrypt(const std::string& pdf, const std::string& user_password, const std::string& owner_password);

}  // namespace dhrv::testing
