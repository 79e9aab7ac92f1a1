"""Job descriptions (албан тушаалын тодорхойлолт) in the Civil Service Council's template."""
