// Words for a POSIX shell, in the commands our messages tell a person to run
// ("--columns ignore=Notes col" pasted as it is would be two arguments).
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace returns {

// 'single quoted', a ' in it written as '\'' — always quoted, so a suggested
// command reads the same whatever the name.
std::string ShellWord(std::string_view s);

// `s` as it is when every byte is one a shell leaves alone (letters, digits
// and @%+=:,./_-), else ShellWord(s). "" is ''.
std::string ShellArgument(std::string_view s);

}  // namespace returns
