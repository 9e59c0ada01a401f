#include "ui/widgets/image_cache.h"

#include "course/document.h"
#include "load/image_decode.h"

#include <chrono>

namespace lectern::ui {

ImageCache::ImageCache(Uploader upload, std::function<void()> wake)
    : m_upload(std::move(upload)), m_wake(std::move(wake)) {}

ImageCache::~ImageCache() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable()) m_worker.join();
}

bool ImageCache::size(const Module& module, const std::string& path, int& w, int& h) const {
    const auto it = module.images.find(path);
    if (!m_upload || it == module.images.end()) return false;
    w = it->second.width;
    h = it->second.height;
    return true;
}

void* ImageCache::texture(const std::string& path) {
    if (!m_upload) return nullptr;
    std::unique_ptr<DecodedImage> pixels;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto [it, fresh] = m_entries.try_emplace(path);
        Entry& e = it->second;
        if (fresh) {
            m_queue.push_back(path);
            if (!m_worker.joinable()) m_worker = std::thread([this] { run(); });
            m_changed.notify_all();
            return nullptr;
        }
        if (e.state != State::Decoded) return e.texture;
        pixels = std::move(e.pixels);
        e.state = State::Failed;  // until the upload below succeeds
    }
    // Uploaded outside the lock: the worker may go on with the next image meanwhile.
    void* tex = pixels->ok ? m_upload(pixels->rgba.data(), pixels->width, pixels->height) : nullptr;
    std::lock_guard<std::mutex> lock(m_mutex);
    Entry& e = m_entries[path];
    e.texture = tex;
    e.state = tex ? State::Uploaded : State::Failed;
    m_changed.notify_all();
    return tex;
}

bool ImageCache::busy() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_decoding || !m_queue.empty()) return true;
    for (const auto& [path, e] : m_entries)
        if (e.state == State::Decoded) return true;
    return false;
}

bool ImageCache::waitIdle(double seconds) const {
    std::unique_lock<std::mutex> lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::duration<double>(seconds),
                              [this] { return !m_decoding && m_queue.empty(); });
}

void ImageCache::run() {
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop) return;
        const std::string path = std::move(m_queue.front());
        m_queue.pop_front();
        m_decoding = true;
        lock.unlock();
        auto pixels = std::make_unique<DecodedImage>(decodeImageFile(path, ImageLimits{}, &m_stop));
        lock.lock();
        m_decoding = false;
        Entry& e = m_entries[path];
        e.state = pixels->ok ? State::Decoded : State::Failed;
        if (pixels->ok) e.pixels = std::move(pixels);
        m_changed.notify_all();
        if (m_stop) return;
        lock.unlock();
        if (m_wake) m_wake();
        lock.lock();
    }
}

} // namespace lectern::ui
