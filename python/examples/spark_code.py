"""Code a news archive on Spark: articles in (JSON lines or Parquet), events out as
Parquet partitioned by event day.

    spark-submit python/examples/spark_code.py ARTICLES OUTPUT [--text text] [--date date] [--id id] [--url url]

ARTICLES is a JSON-lines file or directory (one article per line: text, date, id, url) or
a Parquet dataset (read by the file extension or a directory of .parquet files). OUTPUT
becomes a directory of Parquet files, OUTPUT/day=YYYY-MM-DD/ (day=unknown for undated
events), with the columns of `dragoman export --format parquet`.
"""

import argparse
import sys
from pathlib import Path


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("articles", help="JSON lines or Parquet of articles")
    p.add_argument("output", help="directory for the events (Parquet, partitioned by day)")
    p.add_argument("--text", default="text")
    p.add_argument("--date", default="date")
    p.add_argument("--id", default="id")
    p.add_argument("--url", default="url")
    p.add_argument("--master", default=None, help="Spark master when not run by spark-submit (e.g. local[4])")
    args = p.parse_args(argv)

    from pyspark.sql import SparkSession

    import dragoman.spark

    builder = SparkSession.builder.appName("dragoman")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    src = Path(args.articles)
    is_parquet = src.suffix == ".parquet" or (src.is_dir() and any(src.glob("*.parquet")))
    articles = spark.read.parquet(args.articles) if is_parquet else spark.read.json(args.articles)
    if args.text not in articles.columns:
        print(f"spark_code: {args.articles} has no `{args.text}` column (columns: {', '.join(articles.columns)})", file=sys.stderr)
        return 2
    events = dragoman.spark.code(articles, text=args.text, date=args.date, id=args.id, url=args.url)
    events.write.mode("overwrite").partitionBy("day").parquet(args.output)
    written = spark.read.parquet(args.output).count()
    print(f"spark_code: {written} events from {articles.count()} articles written to {args.output}")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
