"""Region scale: synthetic projects of any size (``shnor demo-data``) and the benchmark (``shnor bench``)."""
