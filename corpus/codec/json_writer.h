// Writing JSON straight into a string, without building a document first:
// what the record codec and every JSON output use on their hot paths.
//
//   std::string out;
//   JsonWriter w(out);               // compact; JsonWriter(out, 2) indents by 2
//   w.BeginObject(); w.Key("id"); w.String("q2/a#1"); w.EndObject();
//
// Output is byte-identical to nlohmann::json's dump() (compact, or with the
// same indent): strings keep UTF-8 as is and escape `"`, `\` and control
// characters the same way. REQUIRES: strings are valid UTF-8 (the readers
// guarantee it); calls are balanced. Not thread-safe; one writer per string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace returns {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, int indent = -1) : out_(out), indent_(indent) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);
  // A key known to need no escaping (the codec's own field names).
  void PlainKey(std::string_view key);

  void String(std::string_view s) { Value(); AppendQuoted(out_, s); }
  void Int(int64_t v);
  void UInt(uint64_t v);
  void Double(double v);
  void Bool(bool v) { Value(); out_ += v ? "true" : "false"; }
  void Null() { Value(); out_ += "null"; }
  // A value that is JSON text already (an attribute carried through).
  void Raw(std::string_view json) { Value(); out_ += json; }

  void StringOrNull(const std::string* s) { s ? String(*s) : Null(); }
  void StringArray(const std::vector<std::string>& items);

  // `s` as a JSON string, quoted and escaped, appended to `out`.
  static void AppendQuoted(std::string& out, std::string_view s);

 private:
  void Value();  // separator and indentation before a value
  void Open(char c);
  void Close(char c);
  void NewLine(size_t depth);

  std::string& out_;
  int indent_;
  std::vector<int> counts_;  // values written so far in each open container
  bool after_key_ = false;
};

}  // namespace returns
