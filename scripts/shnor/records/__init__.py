"""Records: reading contributed files, their models and the repository of all records."""
