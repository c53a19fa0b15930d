#include "pipeline/reports/redactions_format.h"

#include "corpus/codec/json_writer.h"
#include "pipeline/writers/csv_field.h"

namespace returns {
namespace {

size_t Count(const std::vector<CommentRedactions>& found) {
  size_t n = 0;
  for (const CommentRedactions& c : found) n += c.redactions.size();
  return n;
}

void WriteText(const std::vector<CommentRedactions>& found, size_t comments, const std::string& selection,
               std::ostream& out) {
  const size_t n = Count(found);
  out << "Redactions in " << selection << ": " << n << (n == 1 ? " name" : " names") << " in " << found.size() << " of "
      << comments << (comments == 1 ? " comment" : " comments") << "\n";
  for (const CommentRedactions& c : found) {
    for (const Redaction& r : c.redactions) {
      out << "\n" << c.comment->comment_key() << " | " << c.comment->collaborative_name() << " | Q" << c.comment->question
          << "\n  " << r.words << " → " << r.replacement << "  (" << r.rule << ")\n  "
          << RedactionContext(c.comment->text, r.start, r.end) << "\n";
    }
  }
}

void WriteCsv(const std::vector<CommentRedactions>& found, std::ostream& out) {
  out << "id,district,collaborative,question,words,rule,replacement,start,end,context\n";
  for (const CommentRedactions& c : found) {
    for (const Redaction& r : c.redactions) {
      const CommentRecord& k = *c.comment;
      out << CsvRow({CsvField(k.comment_key()), CsvField(k.district), CsvField(k.collaborative_name()),
                     CsvInteger(static_cast<long long>(k.question)), CsvField(r.words), CsvField(r.rule),
                     CsvField(r.replacement), CsvInteger(static_cast<unsigned long long>(r.start)),
                     CsvInteger(static_cast<unsigned long long>(r.end)),
                     CsvField(RedactionContext(k.text, r.start, r.end))})
          << "\n";
    }
  }
}

void WriteJson(const std::vector<CommentRedactions>& found, size_t comments, const std::string& selection,
               std::ostream& out) {
  std::string text;
  JsonWriter w(text);
  w.BeginObject();
  w.Key("selection");
  w.String(selection);
  w.Key("comments");
  w.UInt(comments);
  w.Key("redactions");
  w.BeginArray();
  for (const CommentRedactions& c : found) {
    for (const Redaction& r : c.redactions) {
      const CommentRecord& k = *c.comment;
      w.BeginObject();
      w.Key("id");
      w.String(k.comment_key());
      w.Key("district");
      w.String(k.district);
      w.Key("collaborative");
      w.String(k.collaborative_name());
      w.Key("question");
      w.Int(k.question);
      w.Key("words");
      w.String(r.words);
      w.Key("rule");
      w.String(r.rule);
      w.Key("replacement");
      w.String(r.replacement);
      w.Key("start");
      w.UInt(r.start);
      w.Key("end");
      w.UInt(r.end);
      w.Key("context");
      w.String(RedactionContext(k.text, r.start, r.end));
      w.EndObject();
    }
  }
  w.EndArray();
  w.EndObject();
  out << text << "\n";
}

}  // namespace

std::vector<CommentRedactions> FindRedactions(const std::vector<CommentRecord>& comments, const Redactor& redactor) {
  std::vector<CommentRedactions> out;
  for (const CommentRecord& c : comments) {
    Redacted r = redactor.Redact(c.text);
    if (!r.redactions.empty()) out.push_back({&c, std::move(r.redactions)});
  }
  return out;
}

void WriteRedactions(const std::vector<CommentRedactions>& found, size_t comments, const std::string& selection,
                     RedactionsFormat format, std::ostream& out) {
  switch (format) {
    case RedactionsFormat::kText: WriteText(found, comments, selection, out); break;
    case RedactionsFormat::kCsv: WriteCsv(found, out); break;
    case RedactionsFormat::kJson: WriteJson(found, comments, selection, out); break;
  }
}

}  // namespace returns
