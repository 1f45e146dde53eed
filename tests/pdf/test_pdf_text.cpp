// The PDF text layer, one case per file: each test writes a minimal PDF for one font, encoding or layout case
// (pdf_builder.h) and checks the text that comes out.
#include <doctest/doctest.h>


#include <chrono>

#include "pdf/pdf_reader.h"
#include "pdf/text_output.h"
#include "pdf_builder.h"

using namespace dhrv;
using namespace dhrv::pdf;
using dhrv::testing::PdfBuilder;

namespace {

Document read(const std::string& bytes, const Limits& limits = {}) { return read_pdf_now("test.pdf", bytes, limits); }

// The body text, lines joined with newlines (no headers or footers).
std::string body(const Document& d) {
  std::string out;
  for (const Page& p : d.pages)
    for (const Block& b : p.blocks)
      if (b.region == Region::body)
        for (const Line& l : b.lines) out += l.text() + "\n";
  return out;
}

const Diagnostic* find(const Document& d, std::string_view code) {
  for (const auto& x : d.diagnostics)
    if (x.code == code) return &x;
  return nullptr;
}

// One page showing `content` with font /F1 = `font`.
std::string one_page(const std::string& font, const std::string& content) {
  PdfBuilder b;
  const int f = b.add(font);
  b.add_page(content, "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>");
  return b.build();
}

}  // namespace

TEST_CASE("a standard font without widths: words and the spaces between them") {
  const Document d = read(one_page(PdfBuilder::standard_font(), "BT /F1 12 Tf 72 700 Td (Hello world) Tj ET"));
  REQUIRE(d.readable);
  CHECK(body(d) == "Hello world\n");
  // Standard widths are known: "Hello" is 5 glyphs of Helvetica, about 27 points wide at 12 points.
  const Word& w = d.pages[0].blocks[0].lines[0].words[0];
  CHECK(w.box.x0 == doctest::Approx(72).epsilon(0.01));
  CHECK(w.box.width() == doctest::Approx(26.7).epsilon(0.05));
}

TEST_CASE("spaces are inferred from gaps: TJ kerning joins letters, a wide gap separates words") {
  const Document d = read(one_page(PdfBuilder::standard_font(),
                                   "BT /F1 12 Tf 72 700 Td [(Re) 30 (view) -1000 (panel)] TJ ET"));
  CHECK(body(d) == "Review panel\n");
}

TEST_CASE("Differences and glyph names: curly quotes, ligatures as letters, uniXXXX names") {
  PdfBuilder b;
  const int f = b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding "
                      "/BaseEncoding /WinAnsiEncoding /Differences [1 /quoteright /fi /uni2013 /f_f_l] >> >>");
  b.add_page("BT /F1 12 Tf 72 700 Td (Adult A\\001s ) Tj (\\002nal ) Tj (2016 \\003 2019 ) Tj (ba\\004e) Tj ET",
             "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>");
  CHECK(body(read(b.build())) == "Adult A\u2019s final 2016 \u2013 2019 baffle\n");
}

TEST_CASE("ToUnicode: bfchar, bfrange with a start and with an array, and a range over every code") {
  const std::string cmap =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
      "1 begincodespacerange <00> <FF> endcodespacerange\n"
      "2 beginbfchar <01> <0048> <02> <FB01> endbfchar\n"
      "2 beginbfrange <10> <12> <0061> <30> <31> [<00540068> <2019>] endbfrange\n"
      "endcmap CMapName currentdict /CMap defineresource pop end end";
  PdfBuilder b;
  const int tu = b.add_stream("", cmap);
  const int f = b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode " + std::to_string(tu) + " 0 R >>");
  b.add_page("BT /F1 12 Tf 72 700 Td (\\001\\020\\021\\022 \\002 \\060\\061) Tj ET",
             "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>");
  // ﬁ (U+FB01) comes out as "fi": ligatures are normalised.
  CHECK(body(read(b.build())) == "Habc fi Th\u2019\n");

  // A range over every 4-byte code is kept as a range: it must neither hang nor exhaust memory.
  const std::string huge = "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                           "1 beginbfrange <0000> <FFFFFFFF> <0041> endbfrange";
  PdfBuilder h;
  const int tu2 = h.add_stream("", huge);
  const int cid = h.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) "
                        "/Ordering (Identity) /Supplement 0 >> /DW 500 >>");
  const int f2 = h.add("<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [" +
                       std::to_string(cid) + " 0 R] /ToUnicode " + std::to_string(tu2) + " 0 R >>");
  h.add_page("BT /F1 12 Tf 72 700 Td <000000010002> Tj ET", "<< /Font << /F1 " + std::to_string(f2) + " 0 R >> >>");
  const auto start = std::chrono::steady_clock::now();
  CHECK(body(read(h.build())) == "ABC\n");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

TEST_CASE("composite fonts: Identity-H codes, /W widths in both forms, ToUnicode by code") {
  const std::string cmap = "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                           "3 beginbfchar <0003> <0044> <0004> <0048> <0005> <0052> endbfchar";
  PdfBuilder b;
  const int tu = b.add_stream("", cmap);
  const int cid = b.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Calibri /CIDSystemInfo << /Registry (Adobe) "
                        "/Ordering (Identity) /Supplement 0 >> /DW 1000 /W [3 [600 550] 5 5 700] >>");
  const int f = b.add("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /DescendantFonts [" +
                      std::to_string(cid) + " 0 R] /ToUnicode " + std::to_string(tu) + " 0 R >>");
  b.add_page("BT /F1 10 Tf 72 700 Td <000300040005> Tj ET", "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>");
  const Document d = read(b.build());
  CHECK(body(d) == "DHR\n");
  // 600 + 550 + 700 thousandths of 10 points.
  CHECK(d.pages[0].blocks[0].lines[0].words[0].box.width() == doctest::Approx(18.5).epsilon(0.01));
}

TEST_CASE("a TrueType font with neither ToUnicode nor Encoding: text from its own cmap and post tables") {
  PdfBuilder b;
  const std::string program = testing::truetype_program(3, 0, {0xF041, 0xF042}, {"M", "quoteright"});
  const int file = b.add_stream("/Length1 " + std::to_string(program.size()), program);
  const int desc = b.add("<< /Type /FontDescriptor /FontName /Wingish /Flags 4 /FontFile2 " + std::to_string(file) + " 0 R >>");
  const int f = b.add("<< /Type /Font /Subtype /TrueType /BaseFont /Wingish /FirstChar 65 /LastChar 66 /Widths [800 300] "
                      "/FontDescriptor " + std::to_string(desc) + " 0 R >>");
  b.add_page("BT /F1 12 Tf 72 700 Td (AB) Tj ET", "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>");
  CHECK(body(read(b.build())) == "M\u2019\n");
}

TEST_CASE("Form XObjects are read in place, nested; a form that draws itself stops at the depth limit") {
  PdfBuilder b;
  const int font = b.add(PdfBuilder::standard_font());
  const std::string fonts = "<< /Font << /F1 " + std::to_string(font) + " 0 R >> >>";
  const int inner = b.add_stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources " + fonts,
                                 "BT /F1 12 Tf 72 650 Td (inner form) Tj ET");
  const int outer = b.add_stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 -50] /Resources << /XObject << /In " +
                                     std::to_string(inner) + " 0 R >> " + fonts.substr(3),
                                 "BT /F1 12 Tf 72 750 Td (outer form) Tj ET /In Do");
  const int loop = b.reserve();
  b.set(loop, "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length 5 /Resources << /XObject << /Me " +
                  std::to_string(loop) + " 0 R >> >> >>\nstream\n/Me Do\nendstream");
  b.add_page("BT /F1 12 Tf 72 760 Td (page text) Tj ET /Out Do /Loop Do",
             "<< /Font << /F1 " + std::to_string(font) + " 0 R >> /XObject << /Out " + std::to_string(outer) +
                 " 0 R /Loop " + std::to_string(loop) + " 0 R >> >>");
  const Document d = read(b.build());
  CHECK(body(d) == "page text\nouter form\ninner form\n");
}

TEST_CASE("lines follow baselines and reading order runs down the page, whatever the drawing order") {
  const Document d = read(one_page(PdfBuilder::standard_font(),
                                   "BT /F1 12 Tf 72 600 Td (third line) Tj ET BT /F1 12 Tf 72 700 Td (first line) Tj ET "
                                   "BT /F1 12 Tf 72 686 Td (second line) Tj ET"));
  CHECK(body(d) == "first line\nsecond line\nthird line\n");
  REQUIRE(d.pages[0].blocks.size() == 2);  // the wide gap starts a new block
  CHECK(d.pages[0].blocks[1].lines[0].text() == "third line");
}

TEST_CASE("a page rotated by /Rotate reads upright") {
  PdfBuilder b;
  const int f = b.add(PdfBuilder::standard_font());
  // Text drawn rotated 90 degrees in user space, on a page shown rotated back by /Rotate 90.
  b.add_page("BT /F1 12 Tf 0 1 -1 0 300 100 Tm (landscape action plan) Tj ET",
             "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>", "/Rotate 90");
  const Document d = read(b.build());
  CHECK(body(d) == "landscape action plan\n");
  CHECK(d.pages[0].width == doctest::Approx(792));
}

TEST_CASE("a ruled table: rows between the rules, cells between the vertical lines") {
  std::string c = "0.5 w 72 700 m 472 700 l S 72 670 m 472 670 l S 72 620 m 472 620 l S "
                  "72 620 m 72 700 l S 122 620 m 122 700 l S 372 620 m 372 700 l S 472 620 m 472 700 l S "
                  "BT /F1 10 Tf 76 688 Td (No.) Tj ET BT /F1 10 Tf 126 688 Td (Recommendation) Tj ET "
                  "BT /F1 10 Tf 376 688 Td (Agency) Tj ET "
                  "BT /F1 10 Tf 76 658 Td (1) Tj ET BT /F1 10 Tf 126 658 Td (Train staff on) Tj ET "
                  "BT /F1 10 Tf 126 646 Td (coercive control.) Tj ET BT /F1 10 Tf 376 658 Td (Police) Tj ET";
  const Document d = read(one_page(PdfBuilder::standard_font(), c));
  REQUIRE(d.pages[0].tables.size() == 1);
  const Table& t = d.pages[0].tables[0];
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0][1].text == "Recommendation");
  CHECK(t.rows[1][0].text == "1");
  CHECK(t.rows[1][1].text == "Train staff on coercive control.");
  CHECK(t.rows[1][2].text == "Police");
  CHECK(body(d).empty());  // table text is not repeated in the flow
}

TEST_CASE("running headers and footers are set apart: repeated text in the margins, page numbers, /Artifact") {
  PdfBuilder b;
  const int f = b.add(PdfBuilder::standard_font());
  const std::string res = "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>";
  for (int p = 1; p <= 3; ++p)
    b.add_page("BT /F1 9 Tf 250 770 Td (OFFICIAL) Tj ET BT /F1 11 Tf 72 600 Td (Body of page " + std::to_string(p) +
                   ") Tj ET BT /F1 9 Tf 260 30 Td (Page " + std::to_string(p) + " of 3) Tj ET "
                   "/Artifact BMC BT /F1 8 Tf 72 90 Td (draft watermark line) Tj ET EMC",
               res);
  const Document d = read(b.build());
  REQUIRE(d.pages.size() == 3);
  for (const Page& p : d.pages) {
    REQUIRE(p.blocks.size() == 4);
    CHECK(p.blocks[0].region == Region::header);
    CHECK(p.blocks[0].lines[0].text() == "OFFICIAL");
    CHECK(p.blocks[1].region == Region::body);
    CHECK(p.blocks.back().region == Region::footer);
  }
  const std::string text = document_text(d);
  CHECK(text.find("[header] OFFICIAL\n") != std::string::npos);
  CHECK(text.find("[footer] Page 2 of 3\n") != std::string::npos);
  CHECK(std::count(text.begin(), text.end(), '\f') == 2);  // pages apart, as pdftotext writes them
}

TEST_CASE("document info: title, author, producer and dates") {
  PdfBuilder b;
  const int f = b.add(PdfBuilder::standard_font());
  b.add_page("BT /F1 12 Tf 72 700 Td (x) Tj ET", "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>");
  const int info = b.add("<< /Title (Overview Report) /Author <FEFF004D00E9006E00E9> /Producer (LibreOffice 7.4) "
                         "/CreationDate (D:20230131120000Z) >>");
  const Document d = read(b.build("", "/Info " + std::to_string(info) + " 0 R"));
  CHECK(d.info.title == "Overview Report");
  CHECK(d.info.author == "M\u00E9n\u00E9");
  CHECK(d.info.producer == "LibreOffice 7.4");
  CHECK(d.info.created == "2023-01-31");
  CHECK(d.info.pages == 1);
}

TEST_CASE("failure is local and said: not a PDF, truncated, password, scan, one bad page") {
  CHECK(find(read("just some text, not a pdf"), "pdf.not_pdf"));
  const std::string good = one_page(PdfBuilder::standard_font(), "BT /F1 12 Tf 72 700 Td (still here) Tj ET");
  // Cut short before the cross-references and trailer: read from a rebuilt trailer, and said so.
  const Document cut = read(good.substr(0, good.find("xref")));
  CHECK(cut.readable);
  CHECK(body(cut) == "still here\n");
  CHECK(find(cut, "pdf.truncated"));
  // A damaged cross-reference table: qpdf repairs it, and that is said too.
  std::string bad_xref = good;
  bad_xref.insert(bad_xref.find("1 0 obj"), "% bytes that shift every offset the table gives\n");
  const Document repaired = read(bad_xref);
  CHECK(body(repaired) == "still here\n");
  CHECK(find(repaired, "pdf.repaired"));
  CHECK_FALSE(read(good.substr(0, 40)).readable);

  // Encrypted with a user password: refused with a clear message. With an empty user password: opened.
  auto encrypt = [&](const char* user) { return dhrv::testing::encrypt(good, user, "owner-secret"); };
  const Document locked = read(encrypt("letmein"));
  CHECK_FALSE(locked.readable);
  REQUIRE(find(locked, "pdf.password"));
  CHECK(find(locked, "pdf.password")->message.find("password") != std::string::npos);
  const Document open = read(encrypt(""));
  CHECK(open.readable);
  CHECK(open.info.encrypted);
  CHECK(body(open) == "still here\n");

  // Pages of images only: a scan, said so.
  PdfBuilder scan;
  const int img = scan.add_stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80");
  scan.add_page("q 612 0 0 792 0 0 cm /Im0 Do Q", "<< /XObject << /Im0 " + std::to_string(img) + " 0 R >> >>");
  const Document s = read(scan.build());
  CHECK(s.scanned);
  REQUIRE(find(s, "pdf.scan"));
  CHECK(find(s, "pdf.scan")->message.find("no text layer") != std::string::npos);

  // A page whose content stream is missing costs that page only.
  PdfBuilder broken;
  const int f = broken.add(PdfBuilder::standard_font());
  const std::string res = "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>";
  broken.add_page("BT /F1 12 Tf 72 700 Td (page one) Tj ET", res);
  broken.add_page_entries("/Contents [999 0 R (not a stream)] /Resources 77");
  broken.add_page("BT /F1 12 Tf 72 700 Td (page three) Tj ET", res);
  const Document partial = read(broken.build());
  REQUIRE(partial.pages.size() == 3);
  CHECK(body(partial) == "page one\npage three\n");
}

TEST_CASE("limits: a stream bomb, too many pages, too many glyphs, too long on a page") {
  const std::string zeros = testing::deflate(std::string(8u << 20, '0'));  // 8 MiB of zeros in a few kilobytes
  PdfBuilder bomb;
  const int f = bomb.add(PdfBuilder::standard_font());
  const int c = bomb.add_stream("/Filter /FlateDecode", zeros);
  bomb.add_page_entries("/Contents " + std::to_string(c) + " 0 R");
  bomb.add_page("BT /F1 12 Tf 72 700 Td (fine) Tj ET", "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>");
  Limits small;
  small.max_page_bytes = 1u << 20;
  const std::string bomb_pdf = bomb.build();
  const Document b = read(bomb_pdf, small);
  REQUIRE(find(b, "pdf.limit.bytes"));
  CHECK(body(b) == "fine\n");  // the other page is read

  PdfBuilder many;
  const int mf = many.add(PdfBuilder::standard_font());
  for (int p = 0; p < 5; ++p) many.add_page("BT /F1 12 Tf 72 700 Td (p) Tj ET", "<< /Font << /F1 " + std::to_string(mf) + " 0 R >> >>");
  Limits pages;
  pages.max_pages = 3;
  const Document m = read(many.build(), pages);
  CHECK(m.pages.size() == 3);
  CHECK(find(m, "pdf.limit.pages"));

  std::string lots = "BT /F1 2 Tf ";
  for (int i = 0; i < 2000; ++i) lots += "0 -1 Td (abcdefghij) Tj ";
  lots += "ET";
  Limits glyphs;
  glyphs.max_glyphs_per_page = 500;
  const Document g = read(one_page(PdfBuilder::standard_font(), lots), glyphs);
  CHECK(find(g, "pdf.limit.glyphs"));
  Limits time;
  time.max_seconds_per_page = 0;
  const Document t = read(one_page(PdfBuilder::standard_font(), lots), time);
  CHECK(find(t, "pdf.limit.time"));
}
