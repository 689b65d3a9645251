'use client'
/**
 * Reading a 报名码 off a resident's phone with the staff phone's camera, where the browser has
 * BarcodeDetector (Chrome on Android); elsewhere the panel offers typing only.
 */

interface Detected {
  rawValue: string
}
interface Detector {
  detect(source: HTMLVideoElement): Promise<Detected[]>
}
type DetectorClass = new (options: { formats: string[] }) => Detector

export const canScan = (): boolean =>
  typeof window !== 'undefined' && 'BarcodeDetector' in window && Boolean(navigator.mediaDevices?.getUserMedia)

/** Looks through the back camera into `video` until a code is seen (answers it) or `stop` is called (answers null). */
export async function scanOnce(video: HTMLVideoElement, stopped: () => boolean): Promise<string | null> {
  const Barcode = (window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector
  const detector = new Barcode({ formats: ['qr_code', 'code_128'] })
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } })
  video.srcObject = stream
  await video.play()
  try {
    while (!stopped()) {
      const [found] = await detector.detect(video).catch(() => [] as Detected[])
      if (found?.rawValue) return found.rawValue
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    return null
  } finally {
    for (const track of stream.getTracks()) track.stop()
    video.srcObject = null
  }
}
