#include "corpus/register/register_edit.h"

#include <catch2/catch.hpp>

#include "corpus/register/register.h"

using returns::AppendCollaborative;
using returns::NewCollaborative;
using returns::Register;

namespace {

const char* kRegister =
    "collaborative,district,lead_schools,aliases,note\n"
    "Raising Achievement in Dover (RAiD),Dover,Priory Fields[ (budget holder)],RAiD,003 list\n";

}  // namespace

TEST_CASE("a new collaborative is appended as the file's last row and reads back", "[register][add]") {
  NewCollaborative e{"Brookland and Snargate Federation", "Shepway", {"Brookland CEP", "Snargate, St Dunstan’s"},
                     {"BSF"}, "2014 returns"};
  const auto text = AppendCollaborative(kRegister, "r.csv", e);
  REQUIRE(text.ok());
  CHECK(text.value() == std::string(kRegister) +
                            "Brookland and Snargate Federation,Shepway,\"Brookland CEP;Snargate, St Dunstan’s\",BSF,"
                            "2014 returns\n");
  const auto reg = Register::Parse(text.value(), "r.csv");
  REQUIRE(reg.ok());
  REQUIRE(reg.value().Named("BSF").size() == 1);
  const auto& added = *reg.value().Named("BSF").front();
  CHECK(added.collaborative == "Brookland and Snargate Federation");
  CHECK(added.lead_schools.size() == 2);
  CHECK(added.lead_schools[1].name == "Snargate, St Dunstan’s");
  CHECK(added.line == 3);
}

TEST_CASE("the new row follows the file's column order and line ends", "[register][add]") {
  const std::string crlf = "district,collaborative,lead_schools\r\nDover,RAiD,Priory Fields";  // no final line end
  const auto text = AppendCollaborative(crlf, "r.csv", {"New \"Quoted\" Group", "Thanet", {}, {}, ""});
  REQUIRE(text.ok());
  CHECK(text.value() == crlf + "\r\nThanet,\"New \"\"Quoted\"\" Group\",\r\n");
}

TEST_CASE("register add takes a district however it is written, and writes the register's spelling", "[register][add]") {
  const std::string reg = "district,collaborative,lead_schools\nDover,RAiD,Priory Fields\n";
  const auto lower = AppendCollaborative(reg, "r.csv", {"New", "swale", {}, {}, ""});
  REQUIRE(lower.ok());
  CHECK(lower.value() == reg + "Swale,New,\n");
  const auto spelt_out = AppendCollaborative(reg, "r.csv", {"Other", "Tonbridge and Malling", {}, {}, ""});
  REQUIRE(spelt_out.ok());
  CHECK(spelt_out.value() == reg + "Tonbridge & Malling,Other,\n");
}

TEST_CASE("register add refuses what would spoil the register", "[register][add]") {
  auto error = [](const NewCollaborative& e) { return AppendCollaborative(kRegister, "r.csv", e).status().ToString(); };
  CHECK(error({"", "Dover", {}, {}, ""}) == "r.csv: error: empty collaborative name");
  CHECK(error({"New", "Kent", {}, {}, ""}).rfind("register add: error: --district 'Kent' is not a Kent district (one of Ashford, ", 0) == 0);
  CHECK(error({"A; B", "Dover", {}, {}, ""}) ==
        "r.csv: error: collaborative name 'A; B' holds one of ; | [ ] or a line break, which the register's lists use");
  CHECK(error({"New", "Dover", {"X|Y"}, {}, ""}) ==
        "r.csv: error: lead school 'X|Y' holds one of ; | [ ] or a line break, which the register's lists use");
  // Known already, by an alias, by its normal form, or an alias that is.
  CHECK(error({"RAiD", "Dover", {}, {}, ""}) ==
        "r.csv:2: error: the register already knows 'RAiD' in Dover as 'Raising Achievement in Dover (RAiD)'; add "
        "other spellings to that row instead");
  CHECK(error({"raising achievement in Dover", "Dover", {}, {}, ""}).rfind("r.csv:2: error: the register already knows", 0) == 0);
  CHECK(error({"New", "Dover", {}, {"RAiD"}, ""}).rfind("r.csv:2: error: the register already knows 'RAiD'", 0) == 0);
  // The same name in another district is another collaborative.
  CHECK(AppendCollaborative(kRegister, "r.csv", {"RAiD", "Thanet", {}, {}, ""}).ok());
  // A file that is not a register.
  CHECK(AppendCollaborative("colour\n", "r.csv", {"New", "Dover", {}, {}, ""}).status().ToString() ==
        "r.csv:1: error: unknown column 'colour' (expected collaborative, district, lead_schools, aliases, note)");
}
