#include "ui/widgets/image_cache.h"

#include <stb/stb_image.h>

namespace lectern::ui {

ImageCache::Entry& ImageCache::probe(const std::string& path) {
    Entry& e = m_entries[path];
    if (e.probed) return e;
    e.probed = true;
    int comp = 0;
    e.displayable = m_upload && stbi_info(path.c_str(), &e.w, &e.h, &comp) == 1 && e.w > 0 && e.h > 0;
    return e;
}

bool ImageCache::size(const std::string& path, int& w, int& h) {
    Entry& e = probe(path);
    w = e.w;
    h = e.h;
    return e.displayable;
}

void* ImageCache::texture(const std::string& path) {
    Entry& e = probe(path);
    if (!e.displayable) return nullptr;
    if (!e.decoded) {
        e.decoded = true;
        int w = 0, h = 0, comp = 0;
        unsigned char* rgba = stbi_load(path.c_str(), &w, &h, &comp, 4);
        if (rgba) {
            e.texture = m_upload(rgba, w, h);
            stbi_image_free(rgba);
        }
    }
    return e.texture;
}

} // namespace lectern::ui
