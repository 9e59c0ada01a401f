// FontTexture: the font atlas on the GPU, one channel (GL_R8, a quarter of ImGui's RGBA32).
// A texture swizzle (ONE, ONE, ONE, RED) makes it read as white with the glyph's coverage in
// alpha, which is what the RGBA32 texture of ImGui's OpenGL3 backend gives its shader; where
// the driver has no swizzle (a GL 3.0 context without ARB_texture_swizzle) the pixels are
// expanded to RGBA for the upload only. The CPU copy of the atlas is freed once uploaded.
#pragma once

struct ImFontAtlas;

namespace lectern::app {

class FontTexture {
public:
    FontTexture() = default;
    ~FontTexture();  // call while the GL context is current (declare it after the window)
    FontTexture(const FontTexture&) = delete;
    FontTexture& operator=(const FontTexture&) = delete;

    // Uploads the (built) atlas, gives it its texture id, deletes the previous texture and
    // frees the atlas's pixels (ClearTexData). Between frames only: ImGui locks the atlas in one.
    bool upload(ImFontAtlas& atlas);

    int width() const { return m_width; }
    int height() const { return m_height; }
    bool swizzled() const { return m_swizzled; }

private:
    unsigned m_texture = 0;
    int m_width = 0, m_height = 0;
    bool m_swizzled = false;
};

// Whether the current GL context can swizzle texture channels (GL 3.3, or ARB/EXT_texture_swizzle).
bool glHasTextureSwizzle();

} // namespace lectern::app
