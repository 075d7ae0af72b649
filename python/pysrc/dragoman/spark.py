"""Coding archives on a Spark cluster.

``code(df)`` returns a DataFrame of events with the columns of
``dragoman export --format parquet``. It runs with ``mapInArrow``: each Python worker
process loads one ``Coder`` on its first batch and keeps it for every later batch, and
each batch is coded on all the worker's cores without the GIL.

    from pyspark.sql import SparkSession
    import dragoman.spark

    spark = SparkSession.builder.getOrCreate()
    articles = spark.read.json("articles.jsonl")          # text, date, id, url
    events = dragoman.spark.code(articles)
    events.write.partitionBy("day").parquet("events/")    # day = the event's date as text

The package must be installed on every worker (``pip install ./python`` there, or ship the
wheel with ``--py-files``/``spark.archives``); see python/README.md.
"""

from __future__ import annotations

from typing import Iterator, Optional

_CODER = None  # one per Python worker process, loaded on first use


def _coder():
    global _CODER
    if _CODER is None:
        from . import Coder

        _CODER = Coder()
    return _CODER


def schema():
    """The events' schema as a pyarrow schema (the Parquet export's columns)."""
    import pyarrow as pa

    empty = pa.table({"text": pa.array([], pa.string())})
    return _coder().code_arrow(empty).schema


def spark_schema():
    """The events' schema as a Spark StructType, plus the partition column ``day``."""
    from pyspark.sql.pandas.types import from_arrow_schema
    from pyspark.sql.types import StringType, StructField

    st = from_arrow_schema(schema())
    return st.add(StructField("day", StringType(), True))


def code_batches(batches: Iterator, text: str = "text", date: str = "date", id: str = "id", url: str = "url", threads: Optional[int] = None) -> Iterator:
    """The function ``mapInArrow`` runs: record batches of articles in, record batches of
    events out (with ``day``, the event's date as YYYY-MM-DD or ``unknown``)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    coder = _coder()
    for batch in batches:
        table = pa.Table.from_batches([batch])
        events = coder.code_arrow(table, text, date, id, url, threads)
        day = pc.fill_null(pc.strftime(events["date"], format="%Y-%m-%d"), "unknown")
        events = events.append_column("day", day)
        yield from events.to_batches()


def code(df, text: str = "text", date: str = "date", id: str = "id", url: str = "url", threads: Optional[int] = None):
    """A Spark DataFrame of the events of the articles in ``df`` (columns ``text`` and
    optionally ``date``, ``id``, ``url``; other names through the arguments)."""
    from pyspark.sql import functions as F

    cols = [F.col(c).cast("string").alias(c) for c in (text, date, id, url) if c in df.columns]
    if text not in df.columns:
        raise KeyError(f"the DataFrame has no `{text}` column")
    return df.select(*cols).mapInArrow(
        lambda it: code_batches(it, text, date, id, url, threads), spark_schema()
    )
