#!/usr/bin/env bash
# Regenerates demo.mp4, the demo project's video: 12 s at 640x360, 25 fps, three shots with hard
# cuts at 4 s and 8 s (a ball bouncing on night blue, a slow warm drift, fast red motion) and a
# quiet room tone with a knock at 8 s. Everything is synthesised by FFmpeg's lavfi sources, so
# the file is ours to ship. Run from anywhere; needs the ffmpeg command (Debian package ffmpeg).
set -euo pipefail
cd "$(dirname "$0")"
ball="color=c=black@0:s=48x48:r=25:d=4,format=rgba,geq=r=255:g=210:b=63:a='if(lte(hypot(X-24,Y-24),23),255,0)'"
ffmpeg -hide_banner -loglevel error -y -filter_complex "
color=c=0x0b1d3a:s=640x360:r=25:d=4[night];
${ball}[ball];
[night][ball]overlay=x='30+t*135':y='286-abs(sin(t*2.6))*230'[shot1];
color=c=0xc8742b:s=640x360:r=25:d=4[warm];
color=c=0xf2c57c:s=260x180:r=25:d=4[pane];
color=c=0x7a3b12:s=120x120:r=25:d=4[block];
[warm][pane]overlay=x='100+t*30':y=90[w1];
[w1][block]overlay=x='440-t*20':y=150[shot2];
color=c=0x8c1020:s=640x360:r=25:d=4[red];
color=c=white:s=60x60:r=25:d=4[a];
color=c=0xffb000:s=90x40:r=25:d=4[b];
color=c=0x111111:s=30x60:r=25:d=4[c];
[red][a]overlay=x='mod(t*900,700)-60':y=60[r1];
[r1][b]overlay=x='640-mod(t*1100,760)':y=220[r2];
[r2][c]overlay=x=300:y='mod(t*700,420)-60'[shot3];
[shot1][shot2][shot3]concat=n=3:v=1:a=0[v];
anoisesrc=c=pink:a=0.02:d=12:r=48000,volume='if(between(t,8,8.15),20,1)':eval=frame[a]" \
  -map "[v]" -map "[a]" -c:v libx264 -preset slow -crf 30 -pix_fmt yuv420p -g 50 \
  -c:a aac -b:a 64k -ac 1 -movflags +faststart demo.mp4
