/** Where a place is: its address, and WGS-84 coordinates when known. */
interface MapPoint {
  address: string
  lat: number | null
  lng: number | null
}

const SOURCE = 'xinghualing-publicity'

/**
 * An address that names only an administrative area (杏花岭区涧河街道, …锦绣苑片区) finds
 * that area, not the place: a map search for it lands in the middle of the district.
 * (A 小区, 园区, 校区 or 景区 is a place of its own.)
 */
const AREA_ONLY = /(?:省|市|(?<![小园校景厂])区|县|街道|社区|镇|乡)$/u
const specific = (address: string) => address.trim() !== '' && !AREA_ONLY.test(address.trim())

/**
 * What a map app should search for when there are no coordinates: the address where it
 * names a road or a number, else the place's own name (in 太原).
 */
export const mapKeyword = (name: string, location: MapPoint): string => (specific(location.address) ? location.address : name)

/**
 * "到这里去": a map-app link that needs no API key. On a phone the Amap (高德) URI opens the
 * app when installed (callnative) and its web map otherwise. Coordinates are stored as
 * WGS-84 (what a GPS gives), which the URI is told; without them the place is searched.
 */
export function amapUrl(name: string, location: MapPoint): string {
  if (location.lat !== null && location.lng !== null) {
    const query = new URLSearchParams({
      position: `${location.lng},${location.lat}`,
      name,
      coordinate: 'wgs84',
      callnative: '1',
      src: SOURCE,
    })
    return `https://uri.amap.com/marker?${query}`
  }
  return `https://uri.amap.com/search?${new URLSearchParams({ keyword: mapKeyword(name, location), city: '太原', callnative: '1', src: SOURCE })}`
}

/** The same place in Baidu Maps (百度地图), for residents who use that app. */
export function baiduUrl(name: string, location: MapPoint): string {
  if (location.lat !== null && location.lng !== null) {
    const query = new URLSearchParams({
      location: `${location.lat},${location.lng}`,
      title: name,
      content: location.address,
      coord_type: 'wgs84',
      output: 'html',
      src: SOURCE,
    })
    return `https://api.map.baidu.com/marker?${query}`
  }
  if (specific(location.address))
    return `https://api.map.baidu.com/geocoder?${new URLSearchParams({ address: location.address, city: '太原', output: 'html', src: SOURCE })}`
  return `https://api.map.baidu.com/place/search?${new URLSearchParams({ query: name, region: '太原', output: 'html', src: SOURCE })}`
}
