// Opens what the learner confirmed in the link dialog, with xdg-open and without a shell in
// between: a web or mail link in the browser, a file of the course with the system's viewer.
#pragma once
#include <functional>
#include <string>

namespace lectern::app {

// Called from the thread that waits for xdg-open when it exits with an error (no browser, or
// the browser failed): the UI then offers the link to copy.
using OpenFailed = std::function<void()>;

bool openUrlInBrowser(const std::string& url, std::string& error, OpenFailed onFailed = {});

// `url` from the reader: a web link, or kCourseFileScheme + the real path of a course file
// (core/util/url_parts.h). A file is opened only if its real path, resolved again now, is a
// regular file inside `courseRoot` (core/util/contained_path.h).
bool openConfirmedLink(const std::string& url, const std::string& courseRoot, std::string& error, OpenFailed onFailed = {});

} // namespace lectern::app
