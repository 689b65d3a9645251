/** 到这里去 without coordinates (issue 17): what the map app is asked to find. */
import { describe, expect, it } from 'vitest'
import { amapUrl, baiduUrl, mapKeyword, namesPlace } from '../../site/lib/maps.ts'

const at = (address: string, area = '涧河街道') => ({ address, area, lat: null, lng: null })

describe('到这里去 without coordinates', () => {
  it.each([
    '杏花岭区涧河街道',
    '太原市杏花岭区',
    '杏花岭区涧河街道锦绣苑片区',
    '杏花岭区涧河街道（锦绣苑片区）',
    '杏花岭区涧河街道(锦绣苑片区)',
    '涧河街道辖区内',
    '涧河街道、三桥街道',
    '杏花岭区三桥街道桃园社区附近',
    '山西省',
    '杏花岭区小返乡',
    '',
    '  杏花岭区涧河街道  ',
  ])('searches the place by name where the address names only areas: %j', (address) => {
    expect(namesPlace(address)).toBe(false)
    expect(mapKeyword('涧河便民服务站', at(address))).toBe('涧河便民服务站')
  })

  it.each([
    '杏花岭区三桥街道桃园片区门诊前巷三条',
    '杏花岭区涧河街道测试路１号',
    '杏花岭区涧河街道锦绣苑小区',
    '杏花岭区五一路12号',
    '杏花岭区胜利街道科技园区',
    '杏花岭区五一菜市场',
    '杏花岭区涧河街道（锦绣苑小区3号楼）',
  ])('searches an address that names a road, a number or a compound as it is: %j', (address) => {
    expect(namesPlace(address)).toBe(true)
    expect(mapKeyword('涧河便民服务站', at(address))).toBe(address)
  })

  it('puts the area in front of a name of only generic words', () => {
    expect(mapKeyword('新时代文明实践站', at('杏花岭区涧河街道'))).toBe('涧河街道新时代文明实践站')
    expect(mapKeyword('便民服务中心', at('杏花岭区涧河街道', '三桥街道'))).toBe('三桥街道便民服务中心')
    expect(mapKeyword('涧河新时代文明实践园', at('杏花岭区涧河街道', '锦绣苑片区'))).toBe('涧河新时代文明实践园')
    expect(mapKeyword('新时代文明实践站', at('杏花岭区', ''))).toBe('新时代文明实践站')
  })

  it('puts the name in both map links when the address names only areas, and coordinates win over both', () => {
    expect(new URL(amapUrl('涧河便民服务站', at('杏花岭区涧河街道'))).searchParams.get('keyword')).toBe('涧河便民服务站')
    expect(new URL(baiduUrl('涧河便民服务站', at('杏花岭区涧河街道'))).searchParams.get('query')).toBe('涧河便民服务站')
    const marker = new URL(amapUrl('坐标站', { address: '杏花岭区涧河街道', lat: 37.9, lng: 112.57 }))
    expect([marker.pathname, marker.searchParams.get('name'), marker.searchParams.get('position')]).toEqual([
      '/marker',
      '坐标站',
      '112.57,37.9',
    ])
  })
})
