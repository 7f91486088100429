#!/usr/bin/env python3
"""Draws the Hopfield Studio icon: a stored memory, the letter A of the first lesson, as a 7x7 grid of +1 (amber) and
-1 (dim) neurons on a dark tile; the one teal cell is a neuron that recall has just flipped back. Writes
hopfield-studio.svg and, through ImageMagick (`convert`), the PNG sizes the desktop and jpackage use.
Run from this folder: python3 make-icons.py"""
import subprocess

MEMORY = ["..###..",
          ".#...#.",
          "#.....#",
          "#######",
          "#.....#",
          "#.....#",
          "#.....#"]
FLIPPED = (3, 4)          # row, column of the cell shown as just repaired
SIZE, PITCH, CELL = 256, 25, 21
OFFSET = (SIZE - (len(MEMORY) * PITCH - (PITCH - CELL))) / 2

cells = []
for r, row in enumerate(MEMORY):
    for c, ch in enumerate(row):
        colour = "#4fc3c9" if (r, c) == FLIPPED else ("#f5c242" if ch == "#" else "#34446a")
        cells.append(f'  <rect x="{OFFSET + c * PITCH:g}" y="{OFFSET + r * PITCH:g}" width="{CELL}" height="{CELL}"'
                     f' rx="4" fill="{colour}"/>')
svg = "\n".join([
    f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">',
    '  <title>Hopfield Studio</title>',
    f'  <rect x="8" y="8" width="{SIZE - 16}" height="{SIZE - 16}" rx="44" fill="#1d2740"/>',
    *cells,
    '</svg>', ""])
with open("hopfield-studio.svg", "w") as f:
    f.write(svg)
for px in (16, 24, 32, 48, 64, 128, 256, 512):
    subprocess.run(["convert", "-background", "none", "-density", str(72 * px / SIZE * 2), "hopfield-studio.svg",
                    "-resize", f"{px}x{px}", f"hopfield-studio-{px}.png"], check=True)
subprocess.run(["cp", "hopfield-studio-256.png", "hopfield-studio.png"], check=True)
