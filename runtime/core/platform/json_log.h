// JsonLog: the `--log FILE|-` stream. One JSON object per line ("JSON lines"), written and
// flushed under a mutex so the UI thread, the loader and the store's writer thread can all
// log. Every line carries "ts" (ISO 8601 UTC, milliseconds) and "event".
#pragma once
#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

namespace lectern::platform {

class JsonLog {
public:
    JsonLog() = default;
    ~JsonLog();
    JsonLog(const JsonLog&) = delete;
    JsonLog& operator=(const JsonLog&) = delete;

    // "-" is standard error (standard output stays free for CLI results). Empty: disabled.
    bool open(const std::string& target, std::string& error);
    bool enabled() const { return m_file != nullptr; }

    // `fieldsJson` is the inside of a JSON object without braces, e.g. "\"ms\":12.5",
    // or a whole object "{...}" whose fields are merged after ts and event.
    void write(std::string_view event, std::string_view fieldsJson = {});
    // A line that is already a whole JSON object with its own "event" and "ts" (the store's).
    void writeLine(std::string_view objectJson);

private:
    std::mutex m_mutex;
    FILE* m_file = nullptr;
    bool m_owned = false;
};

std::string isoTimestampUtc();

} // namespace lectern::platform
