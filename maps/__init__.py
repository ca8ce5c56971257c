"""Journey map and timeline pages: self-contained, escaped, offline by default."""
