// The PDF module (libreturns_pdf.so): reading a PDF's words with poppler's
// C++ API, loaded on demand by ReadPdfWords (pdf_words.h, module.h). Only
// its entry point, returns_pdf_module, is visible outside it.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <poppler-version.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>

#include "corpus/base/pdf_module.h"

namespace returns {
namespace {

// poppler reports damaged objects on stderr unless told otherwise; a reader
// reports problems as statuses, so its messages are dropped.
void Quiet(const std::string&, void*) {}

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(Quiet, nullptr); });
}

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

bool Blank(const std::string& s) {
  for (unsigned char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

// Pixels per point of the page image that marks are looked for in.
constexpr double kScale = 2.0;

class PageImage {
 public:
  explicit PageImage(const poppler::page& page) {
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    image_ = renderer.render_page(&page, 72.0 * kScale, 72.0 * kScale);
  }
  bool ok() const { return image_.is_valid() && image_.width() > 0; }
  // Ink at page point (x, y): darker than mid grey; off the page is paper.
  bool Dark(double x, double y) const {
    const int px = static_cast<int>(std::floor(x * kScale)), py = static_cast<int>(std::floor(y * kScale));
    if (px < 0 || py < 0 || px >= image_.width() || py >= image_.height()) return false;
    const auto v = static_cast<unsigned char>(image_.const_data()[py * image_.bytes_per_row() + px]);
    return v < 140;
  }

 private:
  poppler::image image_;
};

// Is a mark drawn in the strip left of `w` — ink in the middle of the line's
// height, at least a point wide, in columns that are no table's vertical rule
// (dark above and below the line, or through the whole of its middle)?
bool MarkBefore(const PageImage& img, const PdfWord& w) {
  const double h = w.bottom - w.top;
  const double from = w.left - 1.8 * h, to = w.left - 0.1 * h;
  const double step = 1.0 / kScale;
  int inked = 0;
  for (double x = from; x < to; x += step) {
    int dark = 0, all = 0;
    for (double y = w.top + 0.2 * h; y < w.bottom - 0.2 * h; y += step, ++all) dark += img.Dark(x, y);
    if (dark == 0) continue;
    // A rule runs on above and below the line, or (where a page cuts it) through all its middle.
    const bool rule = (img.Dark(x, w.top - 0.3 * h) && img.Dark(x, w.bottom + 0.3 * h)) || dark * 10 >= all * 9;
    if (!rule) ++inked;
  }
  return inked >= 2;
}

// Words with no other word in the strip left of them, where a bullet would stand.
std::vector<size_t> LineStarts(const std::vector<PdfWord>& words) {
  std::vector<size_t> order(words.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return words[a].top < words[b].top; });
  std::vector<size_t> out;
  for (size_t k = 0; k < order.size(); ++k) {
    const PdfWord& w = words[order[k]];
    const double h = w.bottom - w.top;
    const double from = w.left - 1.8 * h;
    bool blocked = false;
    // Words whose boxes overlap this one's middle, vertically: sorted by top, they are near k.
    for (size_t j = k; j-- > 0 && !blocked;) {
      const PdfWord& o = words[order[j]];
      if (o.top < w.top - 2 * h) break;
      blocked = o.bottom > w.top + 0.2 * h && o.right > from && o.left < w.left;
    }
    for (size_t j = k + 1; j < order.size() && !blocked; ++j) {
      const PdfWord& o = words[order[j]];
      if (o.top > w.bottom - 0.2 * h) break;
      blocked = o.right > from && o.left < w.left;
    }
    if (!blocked) out.push_back(order[k]);
  }
  return out;
}


Result<std::vector<PdfPage>> ReadWords(std::string_view bytes, const std::string& where) {
  SilencePoppler();
  // poppler wants a mutable buffer it does not own; the copy lives as long as the document.
  std::vector<char> data(bytes.begin(), bytes.end());
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(data.data(), static_cast<int>(data.size())));
  if (!doc) return Status::InvalidInput(where, "cannot read this PDF (damaged, or not a PDF)");
  if (doc->is_locked()) return Status::InvalidInput(where, "the PDF is password-protected; save an unprotected copy");
  const int count = doc->pages();
  if (count > kMaxPdfPages) {
    return Status::InvalidInput(where, "the PDF has " + std::to_string(count) + " pages; at most " +
                                           std::to_string(kMaxPdfPages) + " are read");
  }
  std::vector<PdfPage> pages;
  pages.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    PdfPage out;
    if (!page) {
      pages.push_back(std::move(out));
      continue;
    }
    const poppler::rectf box = page->page_rect();
    out.width = box.width();
    out.height = box.height();
    for (const poppler::text_box& t : page->text_list()) {
      PdfWord w;
      w.text = Utf8(t.text());
      if (Blank(w.text)) continue;
      const poppler::rectf b = t.bbox();
      w.left = b.left();
      w.top = b.top();
      w.right = b.right();
      w.bottom = b.bottom();
      out.words.push_back(std::move(w));
    }
    if (!out.words.empty() && poppler::page_renderer::can_render()) {
      const PageImage img(*page);
      if (img.ok()) {
        for (size_t k : LineStarts(out.words)) out.words[k].mark_before = MarkBefore(img, out.words[k]);
      }
    }
    pages.push_back(std::move(out));
  }
  return pages;
}

const char* ModulePopplerVersion() {
  static const std::string version = poppler::version_string();
  return version.c_str();
}

}  // namespace
}  // namespace returns

extern "C" __attribute__((visibility("default"))) const returns::PdfModule* returns_pdf_module() {
  static const returns::PdfModule module{returns::kPdfModuleAbi, &returns::ReadWords, &returns::ModulePopplerVersion};
  return &module;
}
