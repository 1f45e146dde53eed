#include "pdf/interpreter.h"

#include <chrono>
#include <cmath>

#include "pdf/lexer.h"

namespace dhrv::pdf {

Matrix multiply(const Matrix& m, const Matrix& n) {
  return {m[0] * n[0] + m[1] * n[2],        m[0] * n[1] + m[1] * n[3],
          m[2] * n[0] + m[3] * n[2],        m[2] * n[1] + m[3] * n[3],
          m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]};
}

namespace {

// From default user space to the page as shown: origin top-left, y down, /Rotate applied.
Matrix page_matrix(const PageGeometry& g) {
  switch (((g.rotate % 360) + 360) % 360) {
    case 90: return {0, 1, 1, 0, -g.y0, -g.x0};
    case 180: return {-1, 0, 0, 1, g.x1, -g.y0};
    case 270: return {0, -1, -1, 0, g.y1, g.x1};
    default: return {1, 0, 0, -1, -g.x0, g.y1};
  }
}

struct Operand {
  TokenKind kind = TokenKind::number;
  double number = 0;
  std::string bytes;               // strings and names
  std::vector<Operand> items;      // arrays (TJ)
};

struct GraphicsState {
  Matrix ctm = kIdentity;  // user space -> page as shown (the page matrix folded in)
  const Font* font = nullptr;
  float size = 0, char_space = 0, word_space = 0, hscale = 1, leading = 0, rise = 0;
};

class Interpreter {
 public:
  Interpreter(const PageGeometry& page, PageContent& out, const InterpreterLimits& limits, const Matrix& initial)
      : out_(out), limits_(limits) {
    gs_.ctm = multiply(initial, page_matrix(page));
  }

  void run(std::string_view content, ResourceScope& resources, int depth) {
    Lexer lex(content);
    Token t;
    std::size_t n = 0;  // operands in use (slots are reused: their strings keep their memory)
    std::vector<Operand> ops;
    auto slot = [&]() -> Operand& {
      if (n == ops.size()) ops.emplace_back();
      Operand& o = ops[n++];
      o.items.clear();
      return o;
    };
    while (lex.next(t)) {
      if (out_.truncated || out_.timed_out) return;
      switch (t.kind) {
        case TokenKind::number: {
          Operand& o = slot();
          o.kind = TokenKind::number;
          o.number = t.number;
          break;
        }
        case TokenKind::string:
        case TokenKind::name: {
          Operand& o = slot();
          o.kind = t.kind;
          o.bytes.swap(t.bytes);
          break;
        }
        case TokenKind::array_open: {
          Operand& o = slot();
          o.kind = TokenKind::array_open;
          int nesting = 1;
          while (nesting > 0 && lex.next(t)) {
            if (t.kind == TokenKind::array_open) ++nesting;
            else if (t.kind == TokenKind::array_close) --nesting;
            else if (nesting == 1 && (t.kind == TokenKind::string || t.kind == TokenKind::number)) {
              Operand item;
              item.kind = t.kind;
              item.number = t.number;
              item.bytes.swap(t.bytes);
              o.items.push_back(std::move(item));
            }
          }
          break;
        }
        case TokenKind::dict_open: {  // properties of marked content: skipped, but kept as one operand
          int nesting = 1;
          while (nesting > 0 && lex.next(t)) {
            if (t.kind == TokenKind::dict_open) ++nesting;
            else if (t.kind == TokenKind::dict_close) --nesting;
          }
          Operand& o = slot();
          o.kind = TokenKind::dict_open;
          break;
        }
        case TokenKind::keyword:
          if ((++operators_ & 1023) == 0 &&
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count() > limits_.max_seconds) {
            out_.timed_out = true;
            return;
          }
          if (t.word == "BI") {
            while (lex.next(t) && !(t.kind == TokenKind::keyword && t.word == "ID")) {
            }
            lex.skip_inline_image();
            ++out_.images;
          } else {
            op(t.word, ops, n, resources, depth);
          }
          n = 0;
          break;
        default:  // stray ] or >>
          break;
      }
    }
  }

 private:
  float num(const std::vector<Operand>& ops, std::size_t n, std::size_t i) const {
    // Operands are counted from the end: operators take their last k operands.
    return i < n && ops[n - 1 - i].kind == TokenKind::number ? static_cast<float>(ops[n - 1 - i].number) : 0.f;
  }

  void op(std::string_view w, std::vector<Operand>& ops, std::size_t n, ResourceScope& res, int depth) {
    auto arg = [&](std::size_t k, std::size_t of) { return num(ops, n, of - 1 - k); };  // k-th of `of` operands
    switch (w.size()) {
      case 1:
        switch (w[0]) {
          case 'q': stack_.push_back(gs_); return;
          case 'Q':
            if (!stack_.empty()) {
              gs_ = stack_.back();
              stack_.pop_back();
            }
            return;
          case '\'':
            next_line();
            if (n >= 1) show(ops[n - 1]);
            return;
          case '"':
            if (n >= 3) {
              gs_.word_space = arg(0, 3);
              gs_.char_space = arg(1, 3);
              next_line();
              show(ops[n - 1]);
            }
            return;
          case 'm':
            if (n >= 2) move_to(arg(0, 2), arg(1, 2));
            return;
          case 'l':
            if (n >= 2) line_to(arg(0, 2), arg(1, 2));
            return;
          case 'h': close_path(); return;
          case 'S': case 's': paint(true, false); return;
          case 'f': case 'F': paint(false, true); return;
          case 'B': case 'b': paint(true, true); return;
          case 'n': path_.clear(); return;
        }
        return;
      case 2:
        if (w == "cm" && n >= 6) {
          gs_.ctm = multiply({arg(0, 6), arg(1, 6), arg(2, 6), arg(3, 6), arg(4, 6), arg(5, 6)}, gs_.ctm);
        } else if (w == "BT") {
          tm_ = tlm_ = kIdentity;
        } else if (w == "Tf" && n >= 2) {
          gs_.size = arg(1, 2);
          gs_.font = ops[n - 2].kind == TokenKind::name ? res.font(ops[n - 2].bytes) : nullptr;
        } else if (w == "Tc" && n >= 1) {
          gs_.char_space = arg(0, 1);
        } else if (w == "Tw" && n >= 1) {
          gs_.word_space = arg(0, 1);
        } else if (w == "Tz" && n >= 1) {
          gs_.hscale = arg(0, 1) / 100.f;
        } else if (w == "TL" && n >= 1) {
          gs_.leading = arg(0, 1);
        } else if (w == "Ts" && n >= 1) {
          gs_.rise = arg(0, 1);
        } else if (w == "Td" && n >= 2) {
          move_text(arg(0, 2), arg(1, 2));
        } else if (w == "TD" && n >= 2) {
          gs_.leading = -arg(1, 2);
          move_text(arg(0, 2), arg(1, 2));
        } else if (w == "Tm" && n >= 6) {
          tm_ = tlm_ = {arg(0, 6), arg(1, 6), arg(2, 6), arg(3, 6), arg(4, 6), arg(5, 6)};
        } else if (w == "T*") {
          next_line();
        } else if (w == "Tj" && n >= 1) {
          show(ops[n - 1]);
        } else if (w == "TJ" && n >= 1) {
          show(ops[n - 1]);
        } else if (w == "re" && n >= 4) {
          rectangle(arg(0, 4), arg(1, 4), arg(2, 4), arg(3, 4));
        } else if (w == "Do" && n >= 1 && ops[n - 1].kind == TokenKind::name) {
          form(ops[n - 1].bytes, res, depth);
        } else if (w == "f*") {
          paint(false, true);
        } else if (w == "B*" || w == "b*") {
          paint(true, true);
        } else if (w == "W*") {
        }
        return;
      case 3:
        if (w == "BDC" || w == "BMC") {
          const bool artifact = n >= 1 && ops[0].kind == TokenKind::name && ops[0].bytes == "Artifact";
          marked_.push_back(artifact || (!marked_.empty() && marked_.back()));
        } else if (w == "EMC") {
          if (!marked_.empty()) marked_.pop_back();
        }
        return;
    }
  }

  void move_text(float tx, float ty) {
    tlm_ = multiply({1, 0, 0, 1, tx, ty}, tlm_);
    tm_ = tlm_;
  }
  void next_line() { move_text(0, -gs_.leading); }

  void show(const Operand& o) {
    const Font* font = gs_.font;
    if (!font) return;
    if (o.kind == TokenKind::string) {
      show_string(o.bytes, *font);
    } else if (o.kind == TokenKind::array_open) {
      for (const Operand& item : o.items) {
        if (item.kind == TokenKind::string) show_string(item.bytes, *font);
        else advance(-static_cast<float>(item.number) / 1000.f * gs_.size * gs_.hscale);
      }
    }
  }

  void advance(float tx) { tm_ = multiply({1, 0, 0, 1, tx, 0}, tm_); }

  // Which of the four directions a baseline (a, b) runs in, or -1 for other angles.
  static int orientation_of(float a, float b) {
    const float len = std::sqrt(a * a + b * b);
    if (len <= 0) return -1;
    const float x = a / len, y = b / len, near = 0.985f;  // within 10 degrees
    if (x >= near) return 0;
    if (y >= near) return 1;
    if (x <= -near) return 2;
    if (y <= -near) return 3;
    return -1;
  }
  // The text rendering matrix seen from the frame where direction k reads left to right.
  struct Frame {
    float a, b, c, d, e, f;
  };
  static Frame frame(int k, const Matrix& m) {
    // (x, y) -> (x, y), (y, -x), (-x, -y), (-y, x) for k = 0..3, applied to the vectors and the origin.
    auto map = [k](float x, float y) -> std::pair<float, float> {
      switch (k) {
        case 1: return {y, -x};
        case 2: return {-x, -y};
        case 3: return {-y, x};
        default: return {x, y};
      }
    };
    const auto [a, b] = map(m[0], m[1]);
    const auto [c, d] = map(m[2], m[3]);
    const auto [e, f] = map(m[4], m[5]);
    return {a, b, c, d, e, f};
  }

  void show_string(std::string_view bytes, const Font& font) {
    glyphs_.clear();
    font.decode(bytes, glyphs_);
    const Matrix base = multiply({gs_.size * gs_.hscale, 0, 0, gs_.size, 0, gs_.rise}, {1, 0, 0, 1, 0, 0});
    for (Glyph& g : glyphs_) {
      const Matrix trm = multiply(multiply(base, tm_), gs_.ctm);
      if (g.text.empty() && g.word_space) g.text.push_back(' ');  // a space whatever the font calls it
      if (!g.text.empty()) {
        // Turn the glyph into its upright frame: the baseline along +x, "up" towards -y.
        const int k = orientation_of(trm[0], trm[1]);
        Frame f = frame(k, trm);
        const float size = std::sqrt(f.c * f.c + f.d * f.d);
        if (k < 0 || !(f.d < 0 && std::fabs(f.c) <= 0.2f * -f.d && f.a > 0)) {
          ++out_.rotated_glyphs;  // diagonal, or mirrored
        } else if (out_.glyphs.size() >= limits_.max_glyphs) {
          out_.truncated = true;
          return;
        } else {
          PlacedGlyph p;
          p.text = std::move(g.text);
          p.orientation = k;
          p.x0 = f.e;
          p.x1 = f.e + g.width * f.a;
          p.baseline = f.f;
          p.size = size;
          p.font = &font;
          p.artifact = !marked_.empty() && marked_.back();
          out_.glyphs.push_back(std::move(p));
        }
      }
      advance((g.width * gs_.size + gs_.char_space + (g.word_space ? gs_.word_space : 0.f)) * gs_.hscale);
    }
  }

  void form(const std::string& name, ResourceScope& res, int depth) {
    if (depth >= limits_.max_form_depth) return;
    std::unique_ptr<FormXObject> f = res.form(name);
    if (!f) {
      out_.images += res.image(name);
      return;
    }
    stack_.push_back(gs_);
    const std::vector<bool> marked = marked_;
    const Matrix tm = tm_, tlm = tlm_;
    gs_.ctm = multiply(f->matrix, gs_.ctm);
    run(f->content, f->resources ? *f->resources : res, depth + 1);
    marked_ = marked;
    tm_ = tm;
    tlm_ = tlm;
    gs_ = stack_.back();
    stack_.pop_back();
  }

  // Paths: only straight segments are kept, to find table rules.
  struct Point {
    float x, y;
  };
  Point to_page(float x, float y) const {
    const Matrix& m = gs_.ctm;
    return {x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]};
  }
  void move_to(float x, float y) {
    path_.push_back({});
    path_.back().push_back(to_page(x, y));
  }
  void line_to(float x, float y) {
    if (path_.empty()) path_.push_back({});
    path_.back().push_back(to_page(x, y));
  }
  void close_path() {
    if (!path_.empty() && path_.back().size() > 1) path_.back().push_back(path_.back().front());
  }
  void rectangle(float x, float y, float w, float h) {
    move_to(x, y);
    line_to(x + w, y);
    line_to(x + w, y + h);
    line_to(x, y + h);
    close_path();
  }
  void paint(bool stroke, bool fill) {
    for (const auto& sub : path_) {
      if (fill && !stroke && sub.size() == 5) {
        // A filled rectangle: a rule when thin (borders drawn as filled boxes), else a background: skipped.
        float x0 = sub[0].x, x1 = sub[0].x, y0 = sub[0].y, y1 = sub[0].y;
        for (const Point& p : sub) {
          x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
        }
        if (y1 - y0 <= 2.5f && x1 - x0 > 2.5f) add_rule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        else if (x1 - x0 <= 2.5f && y1 - y0 > 2.5f) add_rule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        else if (x1 - x0 > 2.5f && y1 - y0 > 2.5f && out_.boxes.size() < 20000) out_.boxes.push_back({x0, y0, x1, y1});
        continue;
      }
      if (!stroke) continue;
      for (std::size_t i = 1; i < sub.size(); ++i) {
        const Point a = sub[i - 1], b = sub[i];
        if (std::fabs(a.y - b.y) < 0.5f && std::fabs(a.x - b.x) > 2.5f) add_rule(std::min(a.x, b.x), a.y, std::max(a.x, b.x), a.y);
        else if (std::fabs(a.x - b.x) < 0.5f && std::fabs(a.y - b.y) > 2.5f) add_rule(a.x, std::min(a.y, b.y), a.x, std::max(a.y, b.y));
      }
    }
    path_.clear();
  }
  void add_rule(float x0, float y0, float x1, float y1) {
    if (out_.rules.size() < 20000) out_.rules.push_back({x0, y0, x1, y1});
  }

  PageContent& out_;
  const InterpreterLimits& limits_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::size_t operators_ = 0;
  GraphicsState gs_;
  std::vector<GraphicsState> stack_;
  Matrix tm_ = kIdentity, tlm_ = kIdentity;
  std::vector<bool> marked_;
  std::vector<Glyph> glyphs_;
  std::vector<std::vector<Point>> path_;
};

}  // namespace

void interpret(std::string_view content, ResourceScope& resources, const PageGeometry& page, PageContent& out,
               const InterpreterLimits& limits, const Matrix& initial) {
  Interpreter in(page, out, limits, initial);
  in.run(content, resources, 0);
}

}  // namespace dhrv::pdf
