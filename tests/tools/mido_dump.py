#!/usr/bin/python3
"""Dumps a MIDI file as JSON through mido, an independent reader, for test_midi_external.

Run with Debian's interpreter (/usr/bin/python3), which has python3-mido installed.
"""
import json
import sys

import mido


def main(path):
    mid = mido.MidiFile(path)
    out = {"type": mid.type, "ticks_per_beat": mid.ticks_per_beat, "tracks": []}
    for track in mid.tracks:
        tick = 0
        sounding = {}
        info = {"name": track.name, "notes": [], "lyrics": [], "tempos": [], "meters": [],
                "keys": [], "programs": [], "texts": [], "controls": []}
        for msg in track:
            tick += msg.time
            if msg.type == "note_on" and msg.velocity > 0:
                sounding.setdefault((msg.channel, msg.note), []).append((tick, msg.velocity))
            elif msg.type in ("note_off", "note_on"):
                start, velocity = sounding[(msg.channel, msg.note)].pop(0)
                info["notes"].append([msg.channel, msg.note, velocity, start, tick - start])
            elif msg.type == "lyrics":
                info["lyrics"].append([tick, msg.text])
            elif msg.type == "set_tempo":
                info["tempos"].append([tick, msg.tempo])
            elif msg.type == "time_signature":
                info["meters"].append([tick, msg.numerator, msg.denominator])
            elif msg.type == "key_signature":
                info["keys"].append([tick, msg.key])
            elif msg.type == "program_change":
                info["programs"].append([msg.channel, msg.program])
            elif msg.type == "control_change":
                info["controls"].append([tick, msg.channel, msg.control, msg.value])
            elif msg.type == "pitchwheel":
                info["controls"].append([tick, msg.channel, 128, msg.pitch])
            elif msg.type == "text":
                info["texts"].append([tick, msg.text])
        info["notes"].sort(key=lambda n: (n[3], n[1]))
        out["tracks"].append(info)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
