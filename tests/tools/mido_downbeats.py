#!/usr/bin/python3
"""Prints, as JSON, where a MIDI file's bars start and its first note sounds, in seconds, as
mido (an independent reader) reads its tempo map and time signatures. For the tests that check
that music written for a video lands its downbeats on the video's cuts.

Run with Debian's interpreter (/usr/bin/python3), which has python3-mido installed.
"""
import json
import sys

import mido


def main(path):
    mid = mido.MidiFile(path)
    events = []  # (tick, kind, value)
    end = 0
    for track in mid.tracks:
        tick = 0
        for msg in track:
            tick += msg.time
            if msg.type == "set_tempo":
                events.append((tick, 0, msg.tempo))
            elif msg.type == "time_signature":
                events.append((tick, 1, (msg.numerator, msg.denominator)))
            elif msg.type == "note_on" and msg.velocity > 0:
                events.append((tick, 2, None))
        end = max(end, tick)
    events.sort(key=lambda e: (e[0], e[1]))
    tpb = mid.ticks_per_beat
    tempos = [(0, 500000)] + [(t, v) for t, k, v in events if k == 0]
    meters = [(0, (4, 4))] + [(t, v) for t, k, v in events if k == 1]

    def seconds(tick):
        s, last_tick, tempo = 0.0, 0, 500000
        for t, v in tempos:
            if t > tick:
                break
            s += mido.tick2second(t - last_tick, tpb, tempo)
            last_tick, tempo = t, v
        return s + mido.tick2second(tick - last_tick, tpb, tempo)

    bars = []
    tick = 0
    while tick <= end:
        num, den = [v for t, v in meters if t <= tick][-1]
        bars.append(seconds(tick))
        tick += num * tpb * 4 // den
    notes = [t for t, k, v in events if k == 2]
    print(json.dumps({"bars": bars,
                      "meters": [[t, n, d] for t, (n, d) in meters[1:]],
                      "first_note": seconds(min(notes)) if notes else None}))


if __name__ == "__main__":
    main(sys.argv[1])
