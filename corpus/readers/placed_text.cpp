#include "corpus/readers/placed_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "corpus/base/utf8.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

double Median(std::vector<double> v, double fallback) {
  if (v.empty()) return fallback;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

double Centre(const PdfWord& w) { return (w.top + w.bottom) / 2; }

struct Gathering {
  double centre = 0, height = 0;
  std::vector<const PdfWord*> words;
};

bool Overlaps(const Gathering& g, const PdfWord& w) {
  for (const PdfWord* o : g.words) {
    if (w.left < o->right - 0.5 && o->left < w.right - 0.5) return true;
  }
  return false;
}

// Words whose vertical centres agree (within a third of the smaller height)
// and that do not overlap sideways make one line. A line's centre is its first
// word's, so lines never chain into each other down a page.
std::vector<Gathering> GatherLines(const std::vector<PdfWord>& words) {
  std::vector<const PdfWord*> order;
  for (const PdfWord& w : words) order.push_back(&w);
  std::stable_sort(order.begin(), order.end(), [](const PdfWord* a, const PdfWord* b) { return Centre(*a) < Centre(*b); });
  std::vector<Gathering> lines;
  size_t open = 0;  // lines before this one are too far above to take more words
  for (const PdfWord* w : order) {
    const double height = std::max(w->bottom - w->top, 0.1);
    while (open < lines.size() && lines[open].centre < Centre(*w) - 2 * height) ++open;
    Gathering* best = nullptr;
    double best_distance = 0;
    for (size_t i = open; i < lines.size(); ++i) {
      Gathering& g = lines[i];
      const double distance = std::abs(g.centre - Centre(*w));
      if (distance > std::min(g.height, height) / 3 || Overlaps(g, *w)) continue;
      if (!best || distance < best_distance) {
        best = &g;
        best_distance = distance;
      }
    }
    if (!best) {
      lines.push_back(Gathering{Centre(*w), height, {}});
      best = &lines.back();
    }
    best->words.push_back(w);
  }
  return lines;
}

}  // namespace

std::string PlacedLine::Text() const {
  std::string out;
  for (const PlacedWord& w : words) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

PlacedText PlaceFromPdf(const std::vector<PdfPage>& pages) {
  PlacedText out;
  out.placement = Placement::kMeasured;
  std::vector<double> heights, gaps;
  int number = 0;
  for (size_t p = 0; p < pages.size(); ++p) {
    std::vector<Gathering> lines = GatherLines(pages[p].words);
    std::vector<PlacedLine> placed;
    for (Gathering& g : lines) {
      std::sort(g.words.begin(), g.words.end(), [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
      PlacedLine line;
      line.page = static_cast<int>(p) + 1;
      line.top = g.words.front()->top;
      line.bottom = g.words.front()->bottom;
      for (const PdfWord* w : g.words) {
        line.top = std::min(line.top, w->top);
        line.bottom = std::max(line.bottom, w->bottom);
        if (!line.words.empty()) {
          const double gap = w->left - line.words.back().right;
          if (gap > 0 && gap < 0.6 * (w->bottom - w->top)) gaps.push_back(gap);
        }
        line.words.push_back(PlacedWord{w->text, w->left, w->right, w->mark_before, w->top, w->bottom});
        heights.push_back(w->bottom - w->top);
      }
      placed.push_back(std::move(line));
    }
    std::stable_sort(placed.begin(), placed.end(), [](const PlacedLine& a, const PlacedLine& b) {
      return a.top + a.bottom < b.top + b.bottom;
    });
    for (PlacedLine& l : placed) {
      l.line = ++number;
      out.lines.push_back(std::move(l));
    }
  }
  out.line_height = Median(heights, 10);
  out.space = Median(gaps, 0.28 * out.line_height);
  return out;
}

std::vector<size_t> RunningLines(const PlacedText& text) {
  std::map<int, std::pair<size_t, size_t>> first_last;  // page → its first and last line
  for (size_t i = 0; i < text.lines.size(); ++i) {
    auto [it, inserted] = first_last.emplace(text.lines[i].page, std::make_pair(i, i));
    if (!inserted) it->second.second = i;
  }
  std::vector<size_t> out;
  if (first_last.size() < 2) return out;
  // Page furniture stands apart: more than a line's height from the text next to it.
  auto apart = [&](size_t i, size_t neighbour) {
    if (neighbour >= text.lines.size() || text.lines[neighbour].page != text.lines[i].page) return true;
    const PlacedLine& a = text.lines[std::min(i, neighbour)];
    const PlacedLine& b = text.lines[std::max(i, neighbour)];
    if (text.placement == Placement::kCharacters) return b.top - a.bottom >= 1;  // a blank line between
    return b.top - a.bottom > 0.8 * text.line_height;
  };
  for (int end = 0; end < 2; ++end) {
    std::map<std::string, std::vector<size_t>> alike;
    for (const auto& [page, fl] : first_last) {
      const size_t i = end == 0 ? fl.first : fl.second;
      if (!apart(i, end == 0 ? i + 1 : i - 1)) continue;
      std::string key = text.lines[i].Text();
      for (char& c : key) {
        if (std::isdigit(static_cast<unsigned char>(c))) c = '#';
      }
      alike[key].push_back(i);
    }
    for (const auto& [key, lines] : alike) {
      if (lines.size() >= 2) out.insert(out.end(), lines.begin(), lines.end());
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

PlacedText PlaceFromLayoutText(std::string_view text) {
  PlacedText out;
  out.placement = Placement::kCharacters;
  int page = 1, number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    start = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t feeds = 0;
    for (char& c : line) {
      if (c == '\f') {
        ++feeds;
        c = ' ';  // keeps every other character's column
      }
    }
    // pdftotext ends each page with a form feed: what follows it is on the next page.
    page += static_cast<int>(feeds);
    PlacedLine placed;
    placed.page = page;
    placed.line = number;
    placed.top = number;
    placed.bottom = number + 1;
    for (const Word& w : SplitWords(line)) {
      const double left = static_cast<double>(CodePointCount(std::string_view(line).substr(0, w.start)));
      placed.words.push_back(PlacedWord{std::string(w.text), left, left + static_cast<double>(CodePointCount(w.text)), false,
                                        placed.top, placed.bottom});
    }
    if (!placed.words.empty()) out.lines.push_back(std::move(placed));
  }
  out.space = 1;
  out.line_height = 1;
  return out;
}

}  // namespace returns
