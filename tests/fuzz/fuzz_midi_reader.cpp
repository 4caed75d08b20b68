// Fuzz target: the MIDI reader must turn any bytes into a valid score or an error, and what it
// reads must survive a write and a second read.
#include "music/midifile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    sw::music::Score score;
    QString error;
    const QByteArray bytes(reinterpret_cast<const char*>(data), int(size));
    if (sw::music::readMidi(bytes, &score, &error)) {
        if (!score.validate().isEmpty())
            __builtin_trap();
        sw::music::Score again;
        if (!sw::music::readMidi(sw::music::writeMidi(score, 1), &again, &error))
            __builtin_trap();
        if (again.noteCount() != score.noteCount())
            __builtin_trap();
    }
    return 0;
}
