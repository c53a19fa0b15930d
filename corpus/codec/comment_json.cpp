#include "corpus/codec/comment_json.h"

#include <array>

#include "corpus/base/utf8.h"

namespace returns {
namespace {

namespace od = simdjson::ondemand;

constexpr std::array<const char*, static_cast<size_t>(Field::kCount)> kNames = {
    "id",       "return_id", "comment_id", "district", "collaborative", "collaborative_canonical",
    "lead_schools", "lead_schools_canonical", "question", "round", "position", "heading",
    "text",     "start",     "end",        "source",   "line",          "return_line"};

bool IsTagField(std::string_view key) { return key == "themes" || key == "pending" || key == "matches"; }

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The value's JSON text as it stands in the input (consumes the value).
simdjson::error_code RawJson(od::value v, od::json_type type, std::string_view& out) {
  simdjson::error_code e = simdjson::SUCCESS;
  if (type == od::json_type::object) {
    od::object o;
    if ((e = v.get_object().get(o))) return e;
    e = o.raw_json().get(out);
  } else if (type == od::json_type::array) {
    od::array a;
    if ((e = v.get_array().get(a))) return e;
    e = a.raw_json().get(out);
  } else {
    out = v.raw_json_token();
  }
  out = TrimRight(out);
  return e;
}

// Whether the document has nothing after the value read.
bool AtEnd(od::document& doc) {
  const char* at = nullptr;
  return doc.current_location().get(at) != simdjson::SUCCESS;
}

// A string field: a JSON string, or a number taken as its text.
bool GetText(od::value v, od::json_type type, std::string& out) {
  std::string_view s;
  if (type == od::json_type::string) {
    if (v.get_string().get(s)) return false;
    out.assign(s);
    return true;
  }
  if (type == od::json_type::number) {
    s = v.raw_json_token();
    s = TrimRight(s);
    double ignored;
    if (v.get_double().get(ignored)) return false;  // validates the number
    out.assign(s);
    return true;
  }
  return false;
}

// A field that may be null: a string (or number), or null.
bool GetTextOrNull(od::value v, od::json_type type, std::optional<std::string>& out) {
  if (type == od::json_type::null) {
    out.reset();
    return !v.is_null().error();
  }
  std::string s;
  if (!GetText(v, type, s)) return false;
  out = std::move(s);
  return true;
}

bool GetInt(od::value v, od::json_type type, int& out) {
  int64_t n;
  if (type != od::json_type::number || v.get_int64().get(n)) return false;
  if (n < INT32_MIN || n > INT32_MAX) return false;
  out = static_cast<int>(n);
  return true;
}

bool GetSize(od::value v, od::json_type type, size_t& out) {
  uint64_t n;
  if (type != od::json_type::number || v.get_uint64().get(n)) return false;
  out = static_cast<size_t>(n);
  return true;
}

bool GetStrings(od::value v, std::vector<std::string>& out) {
  od::array a;
  if (v.get_array().get(a)) return false;
  std::vector<std::string> items;
  for (auto item : a) {
    std::string_view s;
    if (item.get_string().get(s)) return false;
    items.emplace_back(s);
  }
  out = std::move(items);
  return true;
}

bool GetMatches(od::value v, std::vector<ThemeMatch>& out) {
  od::array a;
  if (v.get_array().get(a)) return false;
  for (auto item : a) {
    od::object o;
    if (item.get_object().get(o)) return false;
    ThemeMatch m;
    std::string_view s;
    uint64_t n;
    if (o["theme"].get_string().get(s)) return false;
    m.theme = s;
    if (o["rule"].get_string().get(s)) return false;
    m.rule = s;
    if (o["start"].get_uint64().get(n)) return false;
    m.start = static_cast<size_t>(n);
    if (o["end"].get_uint64().get(n)) return false;
    m.end = static_cast<size_t>(n);
    if (o["text"].get_string().get(s)) return false;
    m.text = s;
    if (o["pending"].get_bool().get(m.pending)) return false;
    out.push_back(std::move(m));
  }
  return true;
}

// How deep a value carried through may nest: deeper is refused (as not
// JSON a record can hold), so that checking it is bounded work and stack —
// fuzz_codec found 1,000 levels overflowing the stack under ASan.
constexpr int kMaxNesting = 128;

// Visits every value, so that malformed JSON inside is found.
bool WalkAt(od::value v, int depth) {
  if (depth > kMaxNesting) return false;
  od::json_type type;
  if (v.type().get(type)) return false;
  switch (type) {
    case od::json_type::object: {
      od::object o;
      if (v.get_object().get(o)) return false;
      for (auto f : o) {
        std::string_view key;
        od::value inner;
        if (f.unescaped_key().get(key) || f.value().get(inner) || !WalkAt(inner, depth + 1)) return false;
      }
      return true;
    }
    case od::json_type::array: {
      od::array a;
      if (v.get_array().get(a)) return false;
      for (auto e : a) {
        od::value inner;
        if (e.get(inner) || !WalkAt(inner, depth + 1)) return false;
      }
      return true;
    }
    case od::json_type::number: {
      double d;
      return !v.get_double().get(d);
    }
    case od::json_type::string: {
      std::string_view s;
      return !v.get_string().get(s);
    }
    case od::json_type::boolean: {
      bool b;
      return !v.get_bool().get(b);
    }
    case od::json_type::null: {
      bool is_null = false;
      return !v.is_null().get(is_null) && is_null;
    }
  }
  return false;
}

bool Walk(od::value v) { return WalkAt(v, 0); }

}  // namespace

const char* FieldName(Field f) { return kNames[static_cast<size_t>(f)]; }

std::optional<Field> FieldNamed(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (name == kNames[i]) return static_cast<Field>(i);
  }
  return std::nullopt;
}

void WriteCommentJson(const CommentRecord& r, JsonWriter& w, const CommentJsonOptions& options) {
  w.BeginObject();
  WriteCommentFields(r, w, options);
  w.EndObject();
}

void WriteCommentFields(const CommentRecord& r, JsonWriter& w, const CommentJsonOptions& options) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    const auto f = static_cast<Field>(i);
    if (!r.has(f)) continue;
    w.PlainKey(kNames[i]);
    switch (f) {
      case Field::kId: w.String(r.id); break;
      case Field::kReturnId: w.String(r.return_id); break;
      case Field::kCommentId: w.String(r.comment_id); break;
      case Field::kDistrict: w.String(r.district); break;
      case Field::kCollaborative: w.String(r.collaborative); break;
      case Field::kCollaborativeCanonical: w.StringOrNull(r.collaborative_canonical ? &*r.collaborative_canonical : nullptr); break;
      case Field::kLeadSchools: w.StringArray(r.lead_schools); break;
      case Field::kLeadSchoolsCanonical: w.StringArray(r.lead_schools_canonical); break;
      case Field::kQuestion: w.Int(r.question); break;
      case Field::kRound: w.String(r.round); break;
      case Field::kPosition: w.Int(r.position); break;
      case Field::kHeading: w.StringOrNull(r.heading ? &*r.heading : nullptr); break;
      case Field::kText: w.String(r.text); break;
      case Field::kStart: w.UInt(r.start); break;
      case Field::kEnd: w.UInt(r.end); break;
      case Field::kSource: w.String(r.source); break;
      case Field::kLine: w.Int(r.line); break;
      case Field::kReturnLine: w.Int(r.return_line); break;
      case Field::kCount: break;
    }
  }
  const bool tags = options.tags && r.tags;
  for (const auto& [key, json] : r.attributes) {
    if (tags && IsTagField(key)) continue;  // replaced by this tagging
    w.Key(key);
    w.Raw(json);
  }
  if (tags) {
    w.PlainKey("themes");
    w.StringArray(r.tags->themes);
    w.PlainKey("pending");
    w.StringArray(r.tags->pending);
    w.PlainKey("matches");
    w.BeginArray();
    for (const ThemeMatch& m : r.tags->matches) {
      w.BeginObject();
      w.PlainKey("theme"); w.String(m.theme);
      w.PlainKey("rule"); w.String(m.rule);
      w.PlainKey("start"); w.UInt(m.start);
      w.PlainKey("end"); w.UInt(m.end);
      w.PlainKey("text"); w.String(m.text);
      w.PlainKey("pending"); w.Bool(m.pending);
      w.EndObject();
    }
    w.EndArray();
  }
  if (options.lexicon_name && options.lexicon_version) {
    w.PlainKey("lexicon");
    w.BeginObject();
    w.PlainKey("name"); w.String(*options.lexicon_name);
    w.PlainKey("version"); w.String(*options.lexicon_version);
    w.EndObject();
  }
}

void AppendCommentJsonLine(const CommentRecord& record, std::string& out, const CommentJsonOptions& options) {
  JsonWriter w(out);
  WriteCommentJson(record, w, options);
  out += '\n';
}

template <typename Fn>
bool CommentJsonReader::Reparse(std::string_view json, Fn fn) {
  nested_buffer_.reserve(json.size() + simdjson::SIMDJSON_PADDING);
  nested_buffer_.assign(json);
  od::document doc;
  if (nested_parser_.iterate(simdjson::padded_string_view(nested_buffer_.data(), nested_buffer_.size(),
                                                         nested_buffer_.capacity())).get(doc)) {
    return false;
  }
  od::value v;
  return !doc.get_value().get(v) && fn(v) && AtEnd(doc);
}

bool CommentJsonReader::Validate(std::string_view json) { return Reparse(json, Walk); }

bool CommentJsonReader::ReadField(std::string_view key, od::value v, CommentRecord& r) {
  od::json_type type;
  if (v.type().get(type)) return false;
  bool typed = false;
  if (const std::optional<Field> f = FieldNamed(key)) {
    switch (*f) {
      case Field::kId: {
        std::string_view raw;
        if (type == od::json_type::string || type == od::json_type::number) {
          typed = GetText(v, type, r.id);
        } else if (!RawJson(v, type, raw) && (type == od::json_type::object || type == od::json_type::array ? Validate(raw) : Walk(v))) {
          r.id.assign(TrimRight(raw));  // an id that is not a string: its JSON text
          typed = true;
        } else {
          return false;
        }
        break;
      }
      case Field::kReturnId: typed = GetText(v, type, r.return_id); break;
      case Field::kCommentId: typed = GetText(v, type, r.comment_id); break;
      case Field::kDistrict: typed = GetText(v, type, r.district); break;
      case Field::kCollaborative: typed = GetText(v, type, r.collaborative); break;
      case Field::kCollaborativeCanonical: typed = GetTextOrNull(v, type, r.collaborative_canonical); break;
      case Field::kLeadSchools:
      case Field::kLeadSchoolsCanonical: {
        std::vector<std::string>& list = *f == Field::kLeadSchools ? r.lead_schools : r.lead_schools_canonical;
        if (type != od::json_type::array) break;
        std::string_view raw;
        if (RawJson(v, type, raw)) return false;
        typed = Reparse(raw, [&](od::value a) { return GetStrings(a, list); });
        if (!typed && !Validate(raw)) return false;
        if (!typed) {
          r.attributes.emplace_back(std::string(key), std::string(raw));
          return true;
        }
        break;
      }
      case Field::kQuestion: typed = GetInt(v, type, r.question); break;
      case Field::kRound: typed = GetText(v, type, r.round); break;
      case Field::kPosition: typed = GetInt(v, type, r.position); break;
      case Field::kHeading: typed = GetTextOrNull(v, type, r.heading); break;
      case Field::kText:
        if (type == od::json_type::string) {
          std::string_view s;
          if (v.get_string().get(s)) return false;
          r.text = ToNfc(s);
          typed = true;
        }
        break;
      case Field::kStart: typed = GetSize(v, type, r.start); break;
      case Field::kEnd: typed = GetSize(v, type, r.end); break;
      case Field::kSource: typed = GetText(v, type, r.source); break;
      case Field::kLine: typed = GetInt(v, type, r.line); break;
      case Field::kReturnLine: typed = GetInt(v, type, r.return_line); break;
      case Field::kCount: break;
    }
    if (typed) {
      r.set(*f);
      return true;
    }
  } else if (key == "lexicon") {
    // The tagger's note of which lexicon it used: rewritten by whoever tags next.
    std::string_view raw;
    if (type != od::json_type::object && type != od::json_type::array) return Walk(v);
    return !RawJson(v, type, raw) && Validate(raw);
  }
  // Carried through as read, once checked to be JSON; tags read when well formed.
  std::string_view raw;
  if (type == od::json_type::object || type == od::json_type::array) {
    if (RawJson(v, type, raw) || !Validate(raw)) return false;
  } else {
    if (RawJson(v, type, raw) || !Walk(v)) return false;  // a scalar: checked where it stands
  }
  if (IsTagField(key) && type == od::json_type::array) {
    Tagging tags = r.tags ? std::move(*r.tags) : Tagging{};
    const bool read = Reparse(raw, [&](od::value a) {
      if (key == "matches") return GetMatches(a, tags.matches);
      return GetStrings(a, key == "themes" ? tags.themes : tags.pending);
    });
    if (!read) (key == "matches" ? void(tags.matches.clear()) : (key == "themes" ? tags.themes : tags.pending).clear());
    r.tags = std::move(tags);
    if (read) return true;
  }
  r.attributes.emplace_back(std::string(key), std::string(raw));
  return true;
}

std::string AttributeText(std::string_view json) {
  json = TrimRight(json);
  if (json.size() < 2 || json.front() != '"') return std::string(json);
  thread_local od::parser parser;
  const simdjson::padded_string padded(json);
  od::document doc;
  std::string_view s;
  if (parser.iterate(padded).get(doc) || doc.get_string().get(s)) return std::string(json);
  return std::string(s);
}

CommentJsonReader::Problem CommentJsonReader::Read(std::string_view json, CommentRecord& record) {
  record = CommentRecord{};
  buffer_.reserve(json.size() + simdjson::SIMDJSON_PADDING);
  buffer_.assign(json);
  od::document doc;
  const simdjson::error_code error =
      parser_.iterate(simdjson::padded_string_view(buffer_.data(), buffer_.size(), buffer_.capacity())).get(doc);
  if (error == simdjson::UTF8_ERROR) return Problem::kInvalidUtf8;
  if (error) return Problem::kNotJson;
  od::object object;
  if (doc.get_object().get(object)) return Problem::kNotJson;
  for (auto field : object) {
    std::string_view key;
    od::value value;
    if (field.unescaped_key().get(key) || field.value().get(value)) return Problem::kNotJson;
    if (!ReadField(key, value, record)) return Problem::kNotJson;
  }
  if (!AtEnd(doc)) return Problem::kNotJson;
  if (!record.has(Field::kText)) return Problem::kNoText;
  return Problem::kNone;
}

}  // namespace returns
