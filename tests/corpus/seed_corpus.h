// The bundled Kent 2013 appendices, read once per test binary.
#pragma once

#include <string>
#include <vector>

#include "corpus/readers/appendix_reader.h"
#include "corpus/register/register.h"

namespace returns::test {

inline const Register& BundledRegister() {
  static const Register reg = Register::Load(std::string(RETURNS_SOURCE_DIR) + "/corpus/collaboratives.csv").value();
  return reg;
}

inline const AppendixRead& SeedAppendix(int question) {
  static const AppendixRead q2 =
      AppendixReader(BundledRegister()).ReadFile(std::string(RETURNS_SOURCE_DIR) + "/corpus/kent-2013/q2-progress.txt").value();
  static const AppendixRead q3 =
      AppendixReader(BundledRegister()).ReadFile(std::string(RETURNS_SOURCE_DIR) + "/corpus/kent-2013/q3-strengths.txt").value();
  return question == 2 ? q2 : q3;
}

inline const Return* FindReturn(int question, const std::string& id) {
  for (const Return& r : SeedAppendix(question).returns) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

}  // namespace returns::test
