enum FTPCodes { static let all: [String] = [] }
