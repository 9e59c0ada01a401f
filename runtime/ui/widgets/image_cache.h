// Images for the reader: PNG/JPEG files decoded once with stb_image and handed to the shell's
// texture uploader (lectern_ui never touches OpenGL). Without an uploader, or when the file is
// missing or cannot be decoded, the reader shows the image's alt text instead.
#pragma once
#include <functional>
#include <string>
#include <unordered_map>

namespace lectern::ui {

class ImageCache {
public:
    using Uploader = std::function<void*(const unsigned char* rgba, int w, int h)>;
    explicit ImageCache(Uploader upload) : m_upload(std::move(upload)) {}

    // True when the image can be shown; its pixel size then goes to w, h. Reads only the header.
    bool size(const std::string& path, int& w, int& h);
    // The uploaded texture (decoded on first use), or nullptr when it cannot be shown.
    void* texture(const std::string& path);

private:
    struct Entry {
        bool probed = false, displayable = false, decoded = false;
        int w = 0, h = 0;
        void* texture = nullptr;
    };
    Entry& probe(const std::string& path);

    Uploader m_upload;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace lectern::ui
