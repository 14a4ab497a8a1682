"""Answers registry questions from the Parquet tables with a real engine.

    python answer.py JOB.json

JOB.json: {"engine": "duckdb" | "spark", "sql": SQL_DIR,
           "asks": [{"data": PARQUET_DIR, "question": NAME, "params": {...}}, ...],
           "repeat": N, "load": false}

Each ask runs SQL_DIR/NAME.sql over the tables of PARQUET_DIR (one view per
`TABLE.parquet` file, named after the table) with the parameters given; a parameter named
`day` is a DATE. Prints {"answers": [[row, ...], ...], "types": {PARQUET_DIR: {...}}} as
JSON, each row a list of values, and for each folder the Arrow types pyarrow reads for a few
columns. For the benchmark (benches/columnar.rs), DuckDB can run each ask `repeat` times and
report its times in milliseconds ("times"), over views of the files or, with "load": true,
over tables loaded from them first (the load's time in "load_ms"). The SQL files are the ones a user copies: DuckDB runs them as they are, Spark with
its parameters written :name instead of $name. Any failure raises: the Rust test that runs
this script (tests/it/engines.rs) then fails.
"""

import datetime
import json
import os
import re
import sys
import time


def params_of(params):
    out = {}
    for key, value in params.items():
        out[key] = datetime.date.fromisoformat(value) if key == "day" else value
    return out


def tables_of(folder):
    return sorted(
        name[: -len(".parquet")]
        for name in os.listdir(folder)
        if name.endswith(".parquet")
    )


def plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def arrow_types(folder):
    import pyarrow.parquet as pq

    schema = pq.read_schema(os.path.join(folder, "meetings.parquet"))
    return {
        name: str(schema.field(name).type)
        for name in ["id", "kind", "when_start_earliest", "when_start_kind", "title"]
    }


def run_duckdb(job, sql, timing):
    import duckdb

    answers = []
    connections = {}
    repeat = max(1, int(job.get("repeat", 1)))
    what = "TABLE" if job.get("load") else "VIEW"
    for ask in job["asks"]:
        folder = ask["data"]
        con = connections.get(folder)
        if con is None:
            start = time.perf_counter()
            con = duckdb.connect()
            for table in tables_of(folder):
                path = os.path.join(folder, table + ".parquet").replace("'", "''")
                con.execute(f"CREATE {what} {table} AS SELECT * FROM read_parquet('{path}')")
            timing["load_ms"] = timing.get("load_ms", 0) + (time.perf_counter() - start) * 1e3
            connections[folder] = con
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            rows = con.execute(sql[ask["question"]], params_of(ask["params"])).fetchall()
            times.append((time.perf_counter() - start) * 1e3)
        timing.setdefault("times", []).append(times)
        answers.append([[plain(v) for v in row] for row in rows])
    return answers


def run_spark(job, sql):
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("multilateral-engines")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.memory", "1g")
        # The files write days in the proleptic Gregorian calendar, as Arrow does, and the
        # day columns use 0001-01-01 for "no limit": Spark 3 reads days before 1582 only when
        # told so (the default from Spark 4.0 on).
        .config("spark.sql.parquet.datetimeRebaseModeInRead", "CORRECTED")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    answers = []
    current = None
    try:
        for ask in job["asks"]:
            folder = ask["data"]
            if folder != current:
                for table in tables_of(folder):
                    spark.read.parquet(os.path.join(folder, table + ".parquet")) \
                        .createOrReplaceTempView(table)
                current = folder
            # Spark SQL's named parameters are :name where DuckDB's are $name.
            text = re.sub(r"\$([A-Za-z_]+)", r":\1", sql[ask["question"]])
            rows = spark.sql(text, args=params_of(ask["params"])).collect()
            answers.append([[plain(v) for v in row] for row in rows])
    finally:
        spark.stop()
    return answers


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        job = json.load(f)
    sql = {}
    for ask in job["asks"]:
        name = ask["question"]
        if name not in sql:
            with open(os.path.join(job["sql"], name + ".sql"), encoding="utf-8") as f:
                sql[name] = f.read()
    engine = job["engine"]
    timing = {}
    if engine == "duckdb":
        answers = run_duckdb(job, sql, timing)
    elif engine == "spark":
        answers = run_spark(job, sql)
    else:
        raise SystemExit(f"unknown engine {engine!r}")
    folders = sorted({ask["data"] for ask in job["asks"]})
    out = {"answers": answers, "types": {f: arrow_types(f) for f in folders}}
    out.update(timing)
    # The peak resident set of this process since it started (VmHWM: ru_maxrss would count
    # the parent's size at the fork).
    with open("/proc/self/status", encoding="ascii") as f:
        hwm = [line.split()[1] for line in f if line.startswith("VmHWM:")]
    out["max_rss_kb"] = int(hwm[0]) if hwm else 0
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
