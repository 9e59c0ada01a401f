// A link's address taken apart the way a browser reads it, for the confirmation dialog: the
// host a learner is sent to must be shown first and whole, apart from the user information
// before an '@' ("https://www.un.org.en.login@evil.example/" goes to evil.example) and from
// the rest of the address. Pure: no UI, no network.
#pragma once
#include <string>
#include <string_view>

namespace lectern {

// The reader posts a course file as this prefix + its real path (LinkKind::CourseFile); the
// shell opens such a file with the system's viewer, never anything outside the course.
inline constexpr const char* kCourseFileScheme = "file://";

struct UrlParts {
    enum class Kind { Web, Mail, CourseFile, Other };
    Kind kind = Kind::Other;
    std::string scheme;     // "https", lower-cased
    std::string userinfo;   // "user:pass" before the last '@' of the authority: NOT where the link goes
    std::string host;       // lower-cased, percent-decoded, in Unicode when it was written in punycode
    std::string hostAscii;  // the host in ASCII (punycode "xn--..."), when it differs from `host`
    std::string port;       // digits, or empty
    std::string rest;       // path, query and fragment: "/en/page?x=1"
    std::string filePath;   // CourseFile: the path
    std::string mailbox;    // Mail: "someone@example.org"
    std::string problem;    // the host could not be converted (an invalid international name)
};

// Splits as the WHATWG URL standard does for http(s): tabs and newlines are dropped, '\' ends
// the host like '/', the last '@' separates the user information.
UrlParts splitUrl(std::string_view url);

} // namespace lectern
