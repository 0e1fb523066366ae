print("convoca")
