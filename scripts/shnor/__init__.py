"""shnor: records, validation, indicators and the MkDocs site of the ШНОР/НСУ support programme."""
