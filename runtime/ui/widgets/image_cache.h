// Images for the reader: decoded on a worker thread (core's image_decode: PNG and JPEG only,
// downscaled to what the reader can draw), then uploaded on the UI thread through the shell's
// texture uploader (lectern_ui never touches OpenGL). The UI thread never opens an image file:
// the sizes the layout needs come from the loader (Module::images); a texture asked for is
// queued, and the worker wakes the event loop through `wake` when its pixels are ready.
// Without an uploader, or when decoding fails, the reader shows the image's alt text.
#pragma once
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

namespace lectern {
struct DecodedImage;
struct Module;
}

namespace lectern::ui {

class ImageCache {
public:
    using Uploader = std::function<void*(const unsigned char* rgba, int w, int h)>;
    // `wake` is called on the worker thread after each decode (may be empty).
    explicit ImageCache(Uploader upload, std::function<void()> wake = {});
    ~ImageCache();  // stops the worker: a decode in progress is cancelled
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    // The size the layout gives an image of `module`: the one the loader read from the file's
    // header (the UI thread opens no file). False when it cannot be shown (no uploader, or
    // the loader refused the file): the layout uses the alt text.
    bool size(const Module& module, const std::string& path, int& w, int& h) const;
    // The uploaded texture; nullptr while the worker decodes it (the first call queues it) and
    // when it cannot be shown. Cheap: call it every frame.
    void* texture(const std::string& path);
    // True while a decode is queued or running, or its pixels wait for upload.
    bool busy() const;
    // Waits until the worker is idle (tests, screenshots); false after `seconds`.
    bool waitIdle(double seconds) const;

private:
    enum class State { Queued, Decoded, Uploaded, Failed };
    struct Entry {
        State state = State::Queued;
        void* texture = nullptr;
        std::unique_ptr<DecodedImage> pixels;  // Decoded: waiting for the UI thread
    };
    void run();

    Uploader m_upload;
    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::unordered_map<std::string, Entry> m_entries;  // guarded by m_mutex
    std::deque<std::string> m_queue;                   // in the order drawn: top of the page first
    bool m_decoding = false;
    std::atomic<bool> m_stop{false};
    std::thread m_worker;  // started on the first request
};

} // namespace lectern::ui
