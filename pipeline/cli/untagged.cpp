#include <boost/program_options.hpp>

#include <string_view>

#include "corpus/codec/comment_json.h"
#include "corpus/text/content_words.h"
#include "lexicon/codebook/theme_id.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

// How many comments the selection holds before "no theme" is added.
Result<unsigned> CountSelection(const std::vector<std::string>& db, SearchRequest request) {
  Result<IndexReader> index = IndexReader::Open(db);
  if (!index.ok()) return index.status();
  request.limit = 0;
  request.facets = true;  // the total is exact
  Result<SearchResults> r = Search(index.value(), request);
  if (!r.ok()) return r.status();
  return r.value().total;
}

void WriteText(const LoadedSelection& s, unsigned of, const std::vector<WordCount>& words, std::ostream& out) {
  const size_t n = s.comments.size();
  out << "Comments with no theme in " << s.description << ": " << n << " of " << of << "\n";
  if (!words.empty()) {
    out << "\nMost frequent words (comments holding each):\n ";
    for (size_t i = 0; i < words.size(); ++i) out << (i ? ", " : " ") << words[i].word << " " << words[i].comments;
    out << "\n";
  }
  int rank = 0;
  for (const CommentRecord& c : s.comments) {
    out << "\n" << ++rank << ". " << c.district_shown() << " | " << c.collaborative_name() << " | Q" << c.question
        << (c.round.empty() ? "" : " | " + c.round) << "\n   " << c.text << "\n";
  }
}

void WriteJson(const LoadedSelection& s, unsigned of, const std::vector<WordCount>& words, std::ostream& out) {
  std::string text;
  JsonWriter w(text);
  w.BeginObject();
  w.Key("selection");
  w.String(s.description);
  w.Key("comments");
  w.UInt(of);
  w.Key("untagged");
  w.UInt(s.comments.size());
  w.Key("words");
  w.BeginArray();
  for (const WordCount& wc : words) {
    w.BeginObject();
    w.Key("word");
    w.String(wc.word);
    w.Key("comments");
    w.UInt(wc.comments);
    w.EndObject();
  }
  w.EndArray();
  w.Key("results");
  w.BeginArray();
  for (const CommentRecord& c : s.comments) WriteCommentJson(c, w);
  w.EndArray();
  w.EndObject();
  out << text << "\n";
}

}  // namespace

// returns untagged --db DIR [filters]: the comments the lexicon gave no
// theme, with the words most of them hold — where the lexicon has gaps.
int UntaggedCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  size_t top = 20;
  std::string format;
  po::options_description options("returns untagged [QUERY] --db DIR [filters] [options]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  options.add_options()
      ("words", po::value(&top)->default_value(20), "how many frequent words to list")
      ("format", po::value(&format)->default_value("text"), "text or json");
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  if (format != "text" && format != "json") {
    return Fail(Status::InvalidInput("untagged", "unknown --format '" + format + "' (text or json)"));
  }
  if (!selection.request.themes.empty()) {
    return Fail(Status::InvalidInput("untagged", "--theme cannot select comments that have no theme"));
  }
  // Validates the options and joins the query words, then counts the whole selection.
  selection.request.themes = {kNoThemeId};
  Result<LoadedSelection> loaded = LoadSelection(selection);
  if (!loaded.ok()) return Fail(loaded.status());
  SearchRequest all = selection.request;
  all.themes.clear();
  Result<unsigned> of = CountSelection(selection.db, all);
  if (!of.ok()) return Fail(of.status());
  std::vector<std::string_view> texts;
  for (const CommentRecord& c : loaded.value().comments) texts.push_back(c.text);
  const std::vector<WordCount> words = FrequentWords(texts, top);
  loaded.value().description = DescribeSelection(all);
  const Status written = WriteOutput(selection.out_path, [&](std::ostream& out) {
    if (format == "json") WriteJson(loaded.value(), of.value(), words, out);
    else WriteText(loaded.value(), of.value(), words, out);
  });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
