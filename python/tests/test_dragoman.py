"""The Python package against the CLI's record contract, on texts written for these tests.

Run: python -m unittest discover -s python/tests -v   (after `pip install ./python`)
"""

import json
import os
import shutil
import subprocess
import sys
import threading
import unittest
import warnings
from pathlib import Path

import dragoman

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "Pakistani troops shelled Indian army posts in Kashmir on Tuesday, officials said. "
    "The Egyptian foreign minister met his Jordanian counterpart in Amman on Thursday."
)
DATE = "2025-04-10"


def cli():
    """The dragoman binary of this checkout, if built."""
    for p in (REPO / "target" / "release" / "dragoman", REPO / "target" / "debug" / "dragoman"):
        if p.exists():
            return str(p)
    return shutil.which("dragoman")


def have(module):
    try:
        __import__(module)
        return True
    except ImportError:
        return False


class CoderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.coder = dragoman.Coder()

    def test_records_are_the_cli_records(self):
        events = self.coder.code(TEXT, date=DATE, id="t1")
        self.assertGreaterEqual(len(events), 2)
        binary = cli()
        if binary is None:
            self.skipTest("no dragoman binary built: cargo build --release")
        out = subprocess.run(
            [binary, "code", "-", "--date", DATE, "--format", "jsonl"],
            input=TEXT.encode(),
            capture_output=True,
            check=True,
        ).stdout.decode()
        expected = [json.loads(line) for line in out.splitlines() if line.strip()]
        self.assertEqual(len(events), len(expected))
        for got, want in zip(events, expected):
            self.assertEqual(set(got), set(want))
            # The CLI names a standard-input document `stdin`; everything else is equal.
            for key in want:
                if key not in ("doc", "id"):
                    self.assertEqual(got[key], want[key], key)

    def test_dates_resolve_against_the_publication_date(self):
        events = self.coder.code("Chinese and Indian diplomats met in Beijing on Monday.", date="2025-04-10")
        self.assertTrue(any(e["date"] == "2025-04-07" for e in events), events)
        undated = self.coder.code("Chinese and Indian diplomats met in Beijing on Monday.")
        self.assertTrue(all(e["date"] is None for e in undated), undated)

    def test_code_many_accepts_strings_and_dicts_in_parallel(self):
        docs = [
            TEXT,
            {"text": "Iran condemned Israel over the strike.", "date": "2025-01-02", "id": 7, "url": "https://example.org/a"},
        ] * 20
        events = self.coder.code_many(docs, threads=2)
        one = len(self.coder.code(TEXT)) + len(self.coder.code("Iran condemned Israel over the strike.", date="2025-01-02"))
        self.assertEqual(len(events), 20 * one)

    def test_threads_share_one_coder(self):
        results = []
        threads = [threading.Thread(target=lambda: results.append(len(self.coder.code(TEXT, date=DATE)))) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(set(results)), 1, results)

    def test_bad_input_raises_python_errors(self):
        with self.assertRaisesRegex(ValueError, "YYYY-MM-DD"):
            self.coder.code(TEXT, date="10/04/2025")
        with self.assertRaises(TypeError):
            self.coder.code(b"bytes are not text")
        with self.assertRaises(TypeError):
            self.coder.code_many([{"title": "no text"}])
        with self.assertRaises(Exception):
            dragoman.Coder(dict="/no/such/dictionary.txt")
        # Odd text is coded or skipped, never a crash.
        for odd in ["", "\x00\x01\x02", "�" * 1000, "a" * 200_000, "<html><body><p>x</p>"]:
            self.assertIsInstance(self.coder.code(odd), list)

    def test_other_languages_are_skipped_with_a_warning(self):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            events = self.coder.code("Der Bundeskanzler hat am Montag in Berlin mit dem Präsidenten Frankreichs gesprochen und die Lage erörtert.")
        self.assertEqual(events, [])
        self.assertTrue(any("German" in str(w.message) for w in caught), [str(w.message) for w in caught])

    def test_spanish_is_coded_natively(self):
        events = self.coder.code("El ejército de Perú atacó un campamento de Bolivia el lunes.", date="2024-03-07")
        self.assertTrue(events, "no event from Spanish text")
        e = events[0]
        self.assertTrue(e["source"]["code"].startswith("PER"), e)
        self.assertIn(e["cameo_root"], ("18", "19"), e)
        self.assertEqual(e["date"], "2024-03-04", e)

    def test_explain_and_kb_lookup(self):
        text = self.coder.explain("Egypt criticised Israel on Friday.", date="2025-03-14")
        self.assertIn("Egypt", text)
        found = dragoman.kb_lookup("Turkey")
        self.assertEqual(found[0]["code"], "TUR", found)

    @unittest.skipUnless(have("pyarrow"), "pyarrow is not installed")
    def test_code_arrow_has_the_parquet_export_schema(self):
        import pyarrow as pa

        table = pa.table({"text": [TEXT, "Iran condemned Israel over the strike."], "date": [DATE, None], "id": ["a", "b"]})
        events = self.coder.code_arrow(table)
        self.assertEqual(events.num_rows, len(self.coder.code(TEXT, date=DATE)) + len(self.coder.code("Iran condemned Israel over the strike.")))
        self.assertEqual(events.schema.field("date").type, pa.date32())
        self.assertIn("cameo", events.column_names)
        self.assertEqual(set(events.column("doc").to_pylist()), {"a", "b"})
        empty = self.coder.code_arrow(pa.table({"text": pa.array([], pa.string())}))
        self.assertEqual(empty.num_rows, 0)
        self.assertEqual(empty.schema, events.schema)

    @unittest.skipUnless(have("pandas") and have("pyarrow"), "pandas and pyarrow are not installed")
    def test_code_frame(self):
        import pandas as pd

        df = pd.DataFrame({"text": [TEXT], "date": [DATE], "id": ["x"]})
        out = dragoman.code_frame(df)
        self.assertEqual(len(out), len(self.coder.code(TEXT, date=DATE)))
        with self.assertRaises(KeyError):
            dragoman.code_frame(pd.DataFrame({"body": ["x"]}))

    @unittest.skipUnless(have("pyarrow"), "pyarrow is not installed")
    def test_spark_batches_without_spark(self):
        # The function mapInArrow runs, fed record batches as Spark would.
        import pyarrow as pa

        import dragoman.spark

        batches = pa.table({"text": [TEXT, TEXT], "date": [DATE, None]}).to_batches(max_chunksize=1)
        out = pa.Table.from_batches(list(dragoman.spark.code_batches(iter(batches))))
        self.assertIn("day", out.column_names)
        self.assertIn("unknown", out.column("day").to_pylist())
        self.assertTrue(any(d.startswith("2025-04") for d in out.column("day").to_pylist()))

    @unittest.skipUnless(have("pyspark") and shutil.which("java"), "pyspark or java is not installed")
    def test_spark(self):
        from pyspark.sql import SparkSession

        import dragoman.spark

        # Workers run this interpreter, where dragoman is installed (on a cluster: see README).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        spark = SparkSession.builder.master("local[2]").getOrCreate()
        df = spark.createDataFrame([(TEXT, DATE, "a")], ["text", "date", "id"])
        events = dragoman.spark.code(df).collect()
        self.assertEqual(len(events), len(self.coder.code(TEXT, date=DATE)))
        self.assertTrue(all(e["day"].startswith("2025-04") for e in events), events)
        guardian = REPO.parent / "shared" / "corpus" / "guardian" / "Guardian_SDF_sample.csv"
        binary = cli()
        if guardian.exists() and binary:
            # The same articles through Spark and through `dragoman code`: the same events.
            import csv

            csv.field_size_limit(1 << 30)
            with open(guardian, newline="", encoding="utf-8") as f:
                rows = [(r["text"], r["date"] or None, r[""] or None) for r in csv.DictReader(f)]
            frame = spark.createDataFrame(rows, "text string, date string, id string")
            got = dragoman.spark.code(frame)
            self.assertEqual([f.name for f in got.schema.fields][:-1], self.coder.code_arrow(__import__("pyarrow").table({"text": ["x"]})).column_names)
            out = subprocess.run([binary, "code", str(guardian), "--format", "jsonl"], capture_output=True, check=True).stdout
            want = [json.loads(line) for line in out.decode().splitlines() if line.strip()]
            self.assertEqual(got.count(), len(want))
        else:
            print("skipped the Guardian comparison: ../shared/corpus or the dragoman binary is absent")
        # The example end to end: JSON lines in, day-partitioned Parquet out.
        import tempfile

        sys.path.insert(0, str(REPO / "python" / "examples"))
        import spark_code

        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "articles.jsonl"
            src.write_text("\n".join(json.dumps({"text": TEXT, "date": DATE, "id": f"n{i}"}) for i in range(3)))
            self.assertEqual(spark_code.main([str(src), str(Path(tmp) / "events")]), 0)
            days = sorted(p.name for p in (Path(tmp) / "events").iterdir() if p.name.startswith("day="))
            self.assertTrue(days and all(d.startswith("day=2025-04") for d in days), days)


if __name__ == "__main__":
    unittest.main()
