// GlTextures: uploads decoded images (module figures) as OpenGL textures for ImGui::Image,
// and frees them all when the window goes. lectern_ui calls it through UiOptions::uploadTexture.
#pragma once
#include <vector>

namespace lectern::app {

// A new texture, bound: linear filtering, clamped edges, rows tightly packed for the upload
// that follows. 0 when GL could not make one.
unsigned newLinearTexture();

class GlTextures {
public:
    GlTextures() = default;
    ~GlTextures();
    GlTextures(const GlTextures&) = delete;
    GlTextures& operator=(const GlTextures&) = delete;

    // Returns an ImTextureID (the GL texture name), or null when the upload failed.
    void* upload(const unsigned char* rgba, int width, int height);

private:
    std::vector<unsigned> m_textures;
};

} // namespace lectern::app
