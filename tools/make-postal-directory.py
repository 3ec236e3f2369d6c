#!/usr/bin/env python3
"""Convert Japan Post's postal code data, as shipped by the npm package
jquery-jpostal-ja (json/NNN.json), into the compact directory that
models/postaldirectory.cpp reads (resources/postal/postal-directory.bin).

Run by hand when the data is refreshed; the output is committed so that
neither the build nor the app needs the network:

    npm pack jquery-jpostal-ja && tar xzf jquery-jpostal-ja-*.tgz
    tools/make-postal-directory.py package/json resources/postal/postal-directory.bin

Layout of the uncompressed blob (all integers little-endian):
    "MPD1"  u32 recordCount  u32 stringBytes
    recordCount x { u32 code(7 digits as int)  u32 prefecture(1..47)
                    u32 city  u32 town  u32 street  u32 business }  string offsets
    stringBytes of NUL-terminated UTF-8 strings (offset 0 is the empty string)
The file is that blob compressed the way qCompress() does: a big-endian u32
of the uncompressed size followed by a zlib stream.
"""
import glob
import json
import os
import struct
import sys
import zlib

PREFECTURES = [
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
    "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
    "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
    "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
    "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
    "鹿児島県", "沖縄県",
]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make-postal-directory.py JSON_DIR OUTPUT")
    src, out = sys.argv[1], sys.argv[2]
    records = []
    for path in sorted(glob.glob(os.path.join(src, "*.json"))):
        text = open(path, encoding="utf-8").read()
        rows = json.loads(text[text.index("(") + 1:text.rindex(")")])
        for row in rows:
            code = row[0].lstrip("_")
            # Three-character keys are the jQuery plugin's own prefix hints and version
            # marker, not postal codes.
            if len(code) == 3 or code == "000info":
                continue
            if len(code) != 7 or not code.isdigit():
                sys.exit(f"{path}: unexpected postal code {row[0]!r}")
            pref = PREFECTURES.index(row[1]) + 1
            records.append((int(code), pref, row[2], row[3], row[4], row[5]))
    records.sort(key=lambda r: r[0])  # stable: keeps Japan Post's order within a code

    strings = bytearray(b"\0")
    offsets = {"": 0}

    def intern(s):
        if s not in offsets:
            offsets[s] = len(strings)
            strings.extend(s.encode("utf-8") + b"\0")
        return offsets[s]

    body = bytearray()
    for code, pref, city, town, street, business in records:
        body += struct.pack("<6I", code, pref, intern(city), intern(town), intern(street),
                            intern(business))
    blob = b"MPD1" + struct.pack("<II", len(records), len(strings)) + bytes(body) + bytes(strings)
    with open(out, "wb") as f:
        f.write(struct.pack(">I", len(blob)) + zlib.compress(blob, 9))
    print(f"{len(records)} records, {len(offsets)} strings, {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
