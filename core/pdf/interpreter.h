// interpreter.h: runs a page's content stream and records what text is shown where, and which straight lines
// (table rules, cell borders) are drawn. Graphics state (q/Q, cm), text state (Tf Tc Tw Tz TL Ts), text
// positioning (Td TD Tm T*), showing (Tj TJ ' "), Form XObjects (Do, to a depth limit) and marked content
// (BDC/EMC: /Artifact marks headers, footers and page numbers in tagged files). Images and paths are skipped but
// for axis-aligned lines and thin rectangles.
//
// Output is in page space as people see it: points, origin at the top-left, y downwards, the page's /Rotate
// applied. Resources come through ResourceScope, so this file needs neither qpdf nor exceptions.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/font.h"

namespace dhrv::pdf {

using Matrix = std::array<float, 6>;  // a b c d e f, as PDF writes them
Matrix multiply(const Matrix& m, const Matrix& n);  // m then n
inline constexpr Matrix kIdentity{1, 0, 0, 1, 0, 0};

struct PlacedGlyph {
  std::string text;
  // Text runs in four directions: 0 as usual, 1 down the page, 2 upside down, 3 up the page. Positions are in
  // the glyph's own upright frame (the page turned so that its text reads left to right).
  int orientation = 0;
  float x0 = 0, x1 = 0;  // left and right edge, along the baseline
  float baseline = 0;
  float size = 0;        // font size in page space
  const Font* font = nullptr;
  bool artifact = false;  // inside /Artifact marked content
};

// An axis-aligned line drawn on the page (or the edge of a thin filled rectangle).
struct Rule {
  float x0, y0, x1, y1;  // x0 == x1 (vertical) or y0 == y1 (horizontal), in page space
  bool vertical() const { return x0 == x1; }
};

class ResourceScope;
struct FormXObject {
  std::string content;
  Matrix matrix = kIdentity;
  std::unique_ptr<ResourceScope> resources;  // the form's own, or null to use the caller's
};

// Resolves the names a content stream uses in its resources.
class ResourceScope {
 public:
  virtual ~ResourceScope() = default;
  virtual const Font* font(std::string_view name) = 0;
  // A Form XObject by name; null for images, missing or unreadable ones.
  virtual std::unique_ptr<FormXObject> form(std::string_view name) = 0;
  // Whether the name is an image XObject (a page of them and no text is a scan).
  virtual bool image(std::string_view name) = 0;
};

struct PageGeometry {
  float x0 = 0, y0 = 0, x1 = 612, y1 = 792;  // MediaBox (or CropBox)
  int rotate = 0;                             // 0, 90, 180, 270
  float width() const { return rotate % 180 ? y1 - y0 : x1 - x0; }
  float height() const { return rotate % 180 ? x1 - x0 : y1 - y0; }
};

// A filled rectangle (table cell shading: a row of them marks a table's columns).
struct FilledBox {
  float x0, y0, x1, y1;
};

struct PageContent {
  std::vector<PlacedGlyph> glyphs;  // upright text, in content order
  std::size_t rotated_glyphs = 0;   // text at other angles (diagonal watermarks): counted, not kept
  std::vector<Rule> rules;
  std::vector<FilledBox> boxes;
  std::size_t images = 0;           // images drawn (XObjects and inline)
  bool truncated = false;           // the glyph limit was reached
  bool timed_out = false;           // the time limit was reached
};

struct InterpreterLimits {
  int max_form_depth = 12;
  std::size_t max_glyphs = 400'000;
  double max_seconds = 10;  // per page: a pathological page stops here (and says so)
};

// `initial` maps the content's space to the page's default user space (an annotation's appearance: its form
// matrix, then its box fitted to the annotation's rectangle).
void interpret(std::string_view content, ResourceScope& resources, const PageGeometry& page, PageContent& out,
               const InterpreterLimits& limits = {}, const Matrix& initial = kIdentity);

}  // namespace dhrv::pdf
