"""Development tools, not part of the runtime package ``shnor``: synthetic projects of any size (``shnor demo-data``)
and the benchmark (``shnor bench``), installed with the repository (``pip install -e .[bench]``)."""
